import type { EventDropInfo } from '@fullcalendar/react';
import { api } from '../../api/api.ts';
import { invalidateEvents } from '../../calendars/invalidate-events.ts';
import { notifyFailed } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** Moves a dropped appointment to its new start (Healthie keeps its length); one the server refuses goes back where it was. */
export function useMoveAppointment(calendarId: string) {
  const { ws } = useWorkspace();
  const move = api.useMutation('patch', '/api/v1/workspaces/{ws}/calendars/{id}/events/{eventId}', { onSuccess: invalidateEvents });
  return (drop: EventDropInfo) =>
    move.mutate(
      { params: { path: { ws, id: calendarId, eventId: drop.event.id } }, body: { startsAt: new Date(drop.event.startStr).toISOString() } },
      {
        onError: (failure) => {
          drop.revert();
          notifyFailed(`${drop.event.title} could not be moved`, failure);
        },
      },
    );
}
