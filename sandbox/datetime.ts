// Datetimes render in the API user's timezone. The 2026-01-01 schema types them ISO8601DateTime, whose
// graphql-ruby scalar prints ISO 8601 to the second ("2026-12-01T10:00:00-05:00", "Z" in UTC); "rails" is
// the older Rails style of the guides' examples ("2026-12-01 10:00:00 -0500", "... UTC" in UTC).
export type DatetimeFormat = 'iso' | 'rails';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function wallTimeAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Minutes east of UTC that `timeZone` is at the instant `epochMs`. */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallTimeAsUtc(wallTimeAt(wholeSeconds, timeZone)) - wholeSeconds) / 60_000);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** "YYYY-MM-DD". */
export const isoDate = (date: Pick<WallTime, 'year' | 'month' | 'day'>) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;

function formatOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${separator}${pad(absolute % 60)}`;
}

const utcZones = new Set(['UTC', 'Etc/UTC', 'Etc/Universal', 'Universal', 'Zulu', 'Etc/Zulu']);

export function formatDatetime(epochMs: number, timeZone: string, format: DatetimeFormat): string {
  const wall = wallTimeAt(epochMs, timeZone);
  const date = isoDate(wall);
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  const offset = offsetMinutes(epochMs, timeZone);
  const utc = utcZones.has(timeZone);
  if (format === 'iso') return `${date}T${time}${utc ? 'Z' : formatOffset(offset, ':')}`;
  if (utc) return `${date} ${time} UTC`;
  return `${date} ${time} ${formatOffset(offset, '')}`;
}

/** The day of the week on the clocks of `timeZone` at `epochMs`: 0 for Sunday to 6 for Saturday. */
export function weekdayAt(epochMs: number, timeZone: string): number {
  const wall = wallTimeAt(epochMs, timeZone);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

/** The date ("YYYY-MM-DD") on the clocks of `timeZone` at `epochMs`. */
export function calendarDateAt(epochMs: number, timeZone: string): string {
  return isoDate(wallTimeAt(epochMs, timeZone));
}

const abbreviationFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at `epochMs` as Intl's en-US gives it: "EDT", "PST", or "GMT+2" where it has none. */
export function timeZoneAbbreviation(epochMs: number, timeZone: string): string {
  let formatter = abbreviationFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    abbreviationFormatters.set(timeZone, formatter);
  }
  return formatter.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The instant `shift` later than `epochMs` that shows the same wall-clock time in `timeZone`. */
export function shiftWallTime(epochMs: number, timeZone: string, shift: { days?: number; months?: number }): number {
  const wall = wallTimeAt(epochMs, timeZone);
  const shifted = new Date(Date.UTC(wall.year, wall.month - 1 + (shift.months ?? 0), wall.day + (shift.days ?? 0)));
  return zonedWallTimeToEpoch({ ...wall, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }, timeZone);
}

/** The instant at which the clocks of `timeZone` show `wall`. */
export function zonedWallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const naive = wallTimeAsUtc(wall);
  const firstGuess = naive - offsetMinutes(naive, timeZone) * 60_000;
  return naive - offsetMinutes(firstGuess, timeZone) * 60_000;
}

const datetimePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses what Healthie accepts for datetime inputs: "YYYY-MM-DD HH:MM:SS", ISO 8601, either with an
 * offset, or a bare date. Without an offset the wall time is read in `timeZone`. Null when unparseable.
 */
export function parseDatetime(input: string, timeZone: string): number | null {
  const match = datetimePattern.exec(input.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  };
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 23 || wall.minute > 59) {
    return null;
  }
  if (!zone) return zonedWallTimeToEpoch(wall, timeZone);
  if (/^(Z|UTC)$/i.test(zone)) return wallTimeAsUtc(wall);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return wallTimeAsUtc(wall) - sign * minutes * 60_000;
}
