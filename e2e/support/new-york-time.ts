/** The UTC instant of a wall-clock time tomorrow in New York (offset found by trying both). */
export function tomorrowInNewYork(hour: number): Date {
  const now = new Date();
  const day = new Date(now.getTime() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
  for (const offset of ['-05:00', '-04:00']) {
    const candidate = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00${offset}`);
    const shown = candidate.toLocaleTimeString('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' });
    if (Number(shown) === hour) return candidate;
  }
  throw new Error('no New York offset fits');
}
