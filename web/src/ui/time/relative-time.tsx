import { useInterval } from '@mantine/hooks';
import { useState } from 'react';
import { formatInstant } from './format-instant.ts';
import { relativeTimeText } from './relative-time-text.ts';

const TICK_MS = 30_000;

/** "2 minutes ago", kept current, with the exact time (in `timeZone`, else the browser's) on hover and for machines. */
export function RelativeTime({ instant, timeZone }: { instant: string; timeZone?: string }) {
  const [now, setNow] = useState(Date.now);
  useInterval(() => setNow(Date.now()), TICK_MS, { autoInvoke: true });
  return (
    <time dateTime={instant} title={formatInstant(instant, timeZone)}>
      {relativeTimeText(instant, now)}
    </time>
  );
}
