import { Button, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/api.ts';
import type { CalendarEvent } from '../../api/api-types.ts';
import { invalidateEvents } from '../../calendars/invalidate-events.ts';
import { useCalendarEventTypes } from '../../calendars/use-calendar-event-types.ts';
import { DialogActions } from '../../ui/dialog-actions.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { notifyDone } from '../../ui/notify.ts';
import { instantAtWallTime, wallTimeIn } from '../../ui/time/wall-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/**
 * Changes a Healthie appointment here, from the keyboard as well as the mouse: its start (its length
 * stays the type's), its contact type among those the type allows, its notes. Only what changed is
 * sent, and Healthie follows.
 */
export function ChangeAppointmentButton({ event, timeZone }: { event: CalendarEvent; timeZone: string }) {
  const { ws } = useWorkspace();
  const [opened, dialog] = useDisclosure(false);
  const types = useCalendarEventTypes(event.calendarId);
  const allowed = types.data?.find((t) => t.id === event.eventTypeId)?.contactTypes ?? [];
  const [start, setStart] = useState(() => wallTimeIn(event.startsAt, timeZone));
  const [contactType, setContactType] = useState(event.contactType);
  const [notes, setNotes] = useState(event.notes ?? '');
  const change = api.useMutation('patch', '/api/v1/workspaces/{ws}/calendars/{id}/events/{eventId}', { onSuccess: invalidateEvents });
  const startsAt = instantAtWallTime(start, timeZone);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      ...(startsAt && startsAt.getTime() !== new Date(event.startsAt).getTime() ? { startsAt: startsAt.toISOString() } : {}),
      ...(contactType && contactType !== event.contactType ? { contactType } : {}),
      ...(notes !== (event.notes ?? '') ? { notes } : {}),
    };
    if (Object.keys(body).length === 0) return dialog.close();
    change.mutate(
      { params: { path: { ws, id: event.calendarId, eventId: event.id } }, body },
      {
        onSuccess: () => {
          notifyDone(`${event.title} is changed and being sent to Healthie`);
          dialog.close();
        },
      },
    );
  };

  return (
    <>
      <Button variant="light" onClick={dialog.open} w="fit-content">
        Change appointment
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={`Change ${event.title}`}>
        <Stack component="form" onSubmit={submit} aria-label={`Change ${event.title}`}>
          {change.error && <ErrorAlert error={change.error} title="The appointment could not be changed" />}
          <TextInput
            type="datetime-local"
            label="Start"
            description={`In the calendar's time zone, ${timeZone}; the length stays the type's`}
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={startsAt ? undefined : 'Give the date and time it starts'}
          />
          <Select label="Contact type" searchable data={allowed.length > 0 ? allowed : event.contactType ? [event.contactType] : []} value={contactType} onChange={setContactType} />
          <Textarea label="Notes" description="Sent to Healthie with the appointment" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <DialogActions submitLabel="Save changes" busy={change.isPending} onCancel={dialog.close} />
        </Stack>
      </Modal>
    </>
  );
}
