import { Group, Stack, Text } from '@mantine/core';
import type { CalendarEvent, EventConflict } from '../../api/api-types.ts';
import type { Detail } from '../../ui/detail-list.tsx';
import { RelativeTime } from '../../ui/time/relative-time.tsx';
import { pushStateWords } from './push-state-words.ts';
import { RetryPushButton } from './retry-push-button.tsx';

const winners: Record<EventConflict['winner'], string> = {
  healthie: 'Healthie won',
  workspace: 'This workspace won',
};

/**
 * An event's rows about Healthie: where its last change here stands (why the last attempt failed
 * while it waits for the next; Retry once it failed), and the last time changes here and in Healthie met.
 */
export function pushDetails(event: CalendarEvent, timeZone: string): Detail[] {
  const { push, conflict } = event;
  return [
    ...(push
      ? [
          {
            label: 'Push to Healthie',
            value: (
              <Stack gap={4} component="span">
                <Group gap="xs" component="span">
                  <Text span inherit c={push.state === 'failed' ? 'red' : undefined}>
                    {pushStateWords(push)}
                  </Text>
                  {push.state === 'failed' && <RetryPushButton event={event} />}
                </Group>
                {push.state === 'pending' && push.error && (
                  <Text span size="xs" c="dimmed">
                    Last attempt: {push.error}
                  </Text>
                )}
              </Stack>
            ),
          },
        ]
      : []),
    ...(conflict
      ? [
          {
            label: 'Last conflict',
            value: (
              <>
                {winners[conflict.winner]} <RelativeTime instant={conflict.at} timeZone={timeZone} />. {conflict.lost}
              </>
            ),
          },
        ]
      : []),
  ];
}
