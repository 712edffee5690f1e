const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const format = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });

/** "2 minutes ago", "in 3 days", "just now": how far an instant is from now, in its largest whole unit. */
export function relativeTimeText(instant: string | Date, now: number): string {
  const delta = new Date(instant).getTime() - now;
  const found = units.find(([, ms]) => Math.abs(delta) >= ms);
  if (!found) return 'just now';
  const [unit, ms] = found;
  return format.format(Math.trunc(delta / ms), unit);
}
