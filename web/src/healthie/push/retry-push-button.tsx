import { Button } from '@mantine/core';
import { api } from '../../api/api.ts';
import type { CalendarEvent } from '../../api/api-types.ts';
import { invalidateEvents } from '../../calendars/invalidate-events.ts';
import { notifyFailed } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** Sends an event's failed change to Healthie again; it shows as waiting until Healthie answers. */
export function RetryPushButton({ event }: { event: CalendarEvent }) {
  const { ws, can } = useWorkspace();
  const retry = api.useMutation('post', '/api/v1/workspaces/{ws}/calendars/{id}/events/{eventId}/push/retry', {
    onSuccess: invalidateEvents,
    onError: (failure) => notifyFailed(`${event.title} could not be sent again`, failure),
  });
  if (!can('calendars:write')) return null;
  return (
    <Button size="xs" variant="light" loading={retry.isPending} onClick={() => retry.mutate({ params: { path: { ws, id: event.calendarId, eventId: event.id } } })}>
      Retry
    </Button>
  );
}
