/** "2026-12-01T10:00": an instant as a clock in the time zone shows it (what a datetime-local field holds). */
export function wallTimeIn(instant: string | Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a clock in the time zone shows as `wallTime` ("2026-12-01T10:00"); null when it is no time. */
export function instantAtWallTime(wallTime: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset there, read twice: once near the time, once at the guess (across a clock change).
  const offset = (at: number) => Date.parse(`${wallTimeIn(new Date(at), timeZone)}:00Z`) - at;
  const guess = asUtc - offset(asUtc);
  return new Date(asUtc - offset(guess));
}
