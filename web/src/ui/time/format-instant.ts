/** "Dec 1, 2026, 5:02 PM EST": an instant as a person reads it in a time zone (the browser's by default), with the zone's short name. */
export function formatInstant(instant: string | Date, timeZone?: string): string {
  return new Date(instant).toLocaleString('en-US', {
    ...(timeZone ? { timeZone } : {}),
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}
