// Dates in a calendar's time zone without a date library: a day is a "YYYY-MM-DD" key, and
// Intl tells us a zone's wall-clock date, hour and UTC offset at any instant.

/** The day ("YYYY-MM-DD") an instant falls on in a time zone. */
export function dayKeyOf(instant: Date | string, timeZone: string): string {
  // The Canadian English date format is ISO's.
  return new Date(instant).toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** The hour (0-23) an instant falls in, in a time zone. */
export function hourOf(instant: Date | string, timeZone: string): number {
  return Number(new Date(instant).toLocaleString('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }));
}

/** The zone's offset from UTC at an instant, from its "GMT-05:00" style name. */
function offsetMs(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/** The instant a day starts (local midnight) in a time zone, daylight-saving changes included. */
export function startOfDay(dayKey: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = dayKey.split('-').map(Number);
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone));
}

function utcDate(dayKey: string): Date {
  return new Date(`${dayKey}T00:00:00Z`);
}

export function addDays(dayKey: string, days: number): string {
  const date = utcDate(dayKey);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function addMonths(dayKey: string, months: number): string {
  const date = utcDate(dayKey.slice(0, 8) + '01');
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(dayKey: string): number {
  return utcDate(dayKey).getUTCDay();
}

/** The Sunday that starts the week holding a day. */
export function startOfWeek(dayKey: string): string {
  return addDays(dayKey, -weekdayOf(dayKey));
}

export function startOfMonth(dayKey: string): string {
  return dayKey.slice(0, 8) + '01';
}

/** A day key for display: "Tue, Dec 1, 2026" (or with `options` for shorter forms). */
export function formatDay(dayKey: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }): string {
  return utcDate(dayKey).toLocaleDateString('en-US', { ...options, timeZone: 'UTC' });
}

export function formatTime(instant: string, timeZone: string): string {
  return new Date(instant).toLocaleTimeString('en-US', { timeZone, hour: 'numeric', minute: '2-digit' });
}

export function formatDateTime(instant: string, timeZone?: string): string {
  return new Date(instant).toLocaleString('en-US', {
    ...(timeZone ? { timeZone } : {}),
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** The zone's short name at an instant, e.g. "EST". */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(instant).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
