import { normalizePhone } from '../../workspace/phone.ts';

/** Digits, spaces and the separators people type; anything else (letters, "#", ",") is left to libphonenumber. */
const PLAIN_NUMBER = /^[\d\s().+-]+$/;
const TAIL_DIGITS = 7;

/**
 * Reads patients' phone numbers as E.164, skipping those that cannot equal any member's number.
 * Parsing costs about 17 µs a number, too much for every patient of a large practice. The last
 * digits of a number survive every way of writing it (country code, trunk prefix and separators
 * come before them), so a plainly written number whose tail is no member's tail is not parsed.
 */
export class PhoneKeyReader {
  private readonly tails = new Set<string>();
  private readonly tailLengths: number[];

  constructor(
    private readonly memberPhones: ReadonlySet<string>,
    private readonly region: string,
  ) {
    const lengths = new Set<number>();
    for (const e164 of memberPhones) {
      const digits = e164.slice(1);
      // A country code has at most 3 digits, so at least digits - 3 belong to the national number.
      const length = Math.max(1, Math.min(TAIL_DIGITS, digits.length - 3));
      lengths.add(length);
      this.tails.add(digits.slice(-length));
    }
    this.tailLengths = [...lengths];
  }

  /** The number in E.164 when it may be one of the members' numbers; null otherwise. */
  read(raw: string | null): string | null {
    if (!raw || this.tails.size === 0) return null;
    if (this.memberPhones.has(raw)) return raw;
    if (PLAIN_NUMBER.test(raw)) {
      const digits = raw.replace(/\D/g, '');
      // Written in E.164 (separators aside) as a member's number: libphonenumber would read the same.
      if (raw.trimStart().startsWith('+') && this.memberPhones.has(`+${digits}`)) return `+${digits}`;
      if (!this.hasMemberTail(digits)) return null;
    }
    return normalizePhone(raw, this.region);
  }

  private hasMemberTail(digits: string): boolean {
    for (const length of this.tailLengths) if (this.tails.has(digits.slice(-length))) return true;
    return false;
  }
}
