import './push-state-marker.css';
import type { ReactNode } from 'react';
import type { EventPush } from '../../api/api-types.ts';
import { pushStateNames } from './push-state-words.ts';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const icons: Record<EventPush['state'], ReactNode> = {
  pending: (
    <>
      <circle cx="8" cy="8" r="6" {...stroke} />
      <path d="M8 4.5V8l2.5 1.5" {...stroke} />
    </>
  ),
  pushed: <path d="M3.5 8.5l3 3 6-7" {...stroke} />,
  failed: (
    <>
      <path d="M8 3.5v5" {...stroke} />
      <circle cx="8" cy="12" r="1.3" fill="currentColor" />
    </>
  ),
};

/** On an event's face: a clock while its last change waits to reach Healthie, a tick once it did, a red mark when it failed; none for an event not changed here. */
export function PushStateMarker({ push }: { push: EventPush | null }) {
  if (!push) return null;
  const name = pushStateNames[push.state];
  return (
    <span className="push-state-marker" data-push={push.state} role="img" aria-label={name} title={name}>
      <svg viewBox="0 0 16 16" aria-hidden>
        {icons[push.state]}
      </svg>
    </span>
  );
}
