import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CalendarEvent, PushSettings } from '../../api/api-types.ts';
import { fetchClient } from '../../api/fetch-client.ts';
import { invalidateEvents } from '../../calendars/invalidate-events.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { notifyDone } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

const inHealthie: Record<PushSettings['cancelAs'], string> = {
  cancelled: 'Healthie will mark the appointment Cancelled.',
  deleted: 'The appointment will be deleted in Healthie.',
};

/** Cancels a Healthie appointment here, after saying what Healthie will do with it (the calendar's "When cancelled here"). */
export function CancelAppointmentButton({ event, cancelAs }: { event: CalendarEvent; cancelAs: PushSettings['cancelAs'] }) {
  const { ws } = useWorkspace();
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button variant="light" color="red" onClick={dialog.open} w="fit-content">
        Cancel appointment
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Cancel ${event.title}?`}
        confirmLabel="Cancel appointment"
        dismissLabel="Keep appointment"
        onClose={dialog.close}
        onConfirm={async () => {
          await fetchClient.PATCH('/api/v1/workspaces/{ws}/calendars/{id}/events/{eventId}', {
            params: { path: { ws, id: event.calendarId, eventId: event.id } },
            body: { status: 'cancelled' },
          });
          await invalidateEvents();
          notifyDone(`${event.title} is cancelled`);
        }}
      >
        <Text size="sm">{inHealthie[cancelAs]}</Text>
      </ConfirmDialog>
    </>
  );
}
