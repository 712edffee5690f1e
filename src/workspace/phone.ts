import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export const DEFAULT_PHONE_REGION = 'US';

/**
 * A phone number in E.164, or null when the text cannot be a phone number. Formatting (dashes,
 * dots, spaces, parentheses, a leading country code) is ignored; an extension is dropped because
 * it names a desk on the same line, not another line. "Possible" rather than "valid": fictional and
 * newly assigned ranges (555-01xx) are real enough to store and compare.
 */
export function normalizePhone(raw: string, region: string = DEFAULT_PHONE_REGION): string | null {
  const text = raw.trim();
  if (!/\d/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, region as CountryCode);
  return parsed && parsed.isPossible() ? parsed.number : null;
}
