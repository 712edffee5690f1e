import type { EventPush } from '../../api/api-types.ts';

/** Where the last change made here stands towards Healthie, in a few words (an event's marker). */
export const pushStateNames: Record<EventPush['state'], string> = {
  pending: 'Waiting to send to Healthie',
  pushed: 'Sent to Healthie',
  failed: 'Not sent to Healthie',
};

/** As pushStateNames, with the attempt under way or why it failed (an event's details). */
export function pushStateWords(push: EventPush): string {
  if (push.state === 'pending') return `${pushStateNames.pending} (attempt ${push.attempts + 1})`;
  if (push.state === 'failed') return `Not sent: ${push.error ?? 'Healthie did not take the change'}`;
  return pushStateNames.pushed;
}
