const HORIZON_YEARS = 5;

/**
 * "Future", for a calendar: from the start of today in the calendar's timezone (today's earlier
 * visits stay on the calendar) to a horizon far enough for any booking.
 */
export function futureWindow(timezone: string, now: Date): { start: Date; end: Date } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const sinceMidnightMs = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + now.getMilliseconds();
  const start = new Date(now.getTime() - sinceMidnightMs);
  const end = new Date(now);
  end.setUTCFullYear(end.getUTCFullYear() + HORIZON_YEARS);
  return { start, end };
}
