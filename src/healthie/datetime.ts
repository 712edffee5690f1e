const healthieStyle = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})$/i;

/**
 * Healthie writes datetimes as "2026-12-01 10:00:00 -0500" or "2026-12-01 10:00:00 UTC" (in the API
 * user's timezone); strict ISO 8601 ("2026-12-01T15:00:00Z", "...-05:00") is read too. Returns UTC.
 */
export function parseHealthieDateTime(value: string): Date {
  const match = healthieStyle.exec(value.trim());
  if (!match) throw new Error(`Unreadable Healthie datetime "${value.slice(0, 40)}"`);
  const [, y, mo, d, h, mi, s = '0', fraction = '0', zone] = match as unknown as string[];
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(fraction!.padEnd(3, '0').slice(0, 3)));
  if (Number.isNaN(utc)) throw new Error(`Unreadable Healthie datetime "${value.slice(0, 40)}"`);
  return new Date(utc - offsetMinutes(zone!) * 60_000);
}

function offsetMinutes(zone: string): number {
  if (/^(z|utc)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** The datetime, or null when Healthie sent none or one that cannot be read. */
export function readHealthieDateTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  try {
    return parseHealthieDateTime(value);
  } catch {
    return null;
  }
}

/** The instant as ISO 8601 in a timezone, with its offset ("2026-12-01T10:00:00-05:00"): what a booking sends Healthie. */
export function isoInZone(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
