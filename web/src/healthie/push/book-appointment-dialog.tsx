import { Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/api.ts';
import type { Calendar } from '../../api/api-types.ts';
import { invalidateEvents } from '../../calendars/invalidate-events.ts';
import { useCalendarEventTypes } from '../../calendars/use-calendar-event-types.ts';
import { DialogActions } from '../../ui/dialog-actions.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { notifyDone } from '../../ui/notify.ts';
import { formatDuration } from '../../ui/time/format-duration.ts';
import { formatInstant } from '../../ui/time/format-instant.ts';
import { instantAtWallTime, wallTimeIn } from '../../ui/time/wall-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { LinkedMemberSelect } from '../member-links/linked-member-select.tsx';
import { bookingFieldOf, type BookingField } from './booking-field-errors.ts';

const IN_PERSON = 'In Person';

const unchosenMessages: Partial<Record<BookingField, string>> = { member: 'Choose a member', eventType: 'Choose an appointment type', startsAt: 'Give the date and time it starts' };

interface Props {
  calendar: Calendar;
  /** The start chosen on the calendar, or proposed (ISO); it can be changed here. */
  startsAt: string;
  onClose(): void;
}

/**
 * Books a Healthie appointment at the chosen time with a member linked to a Healthie patient: of
 * one of the provider's appointment types (which sets its length) and one of the contact types
 * that type allows. It is saved here at once and sent to Healthie after.
 */
export function BookAppointmentDialog({ calendar, startsAt: proposed, onClose }: Props) {
  const { ws } = useWorkspace();
  const [start, setStart] = useState(() => wallTimeIn(proposed, calendar.timezone));
  const startsAt = instantAtWallTime(start, calendar.timezone)?.toISOString() ?? null;
  const types = useCalendarEventTypes(calendar.id);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [eventTypeId, setEventTypeId] = useState<string | null>(null);
  const [contactType, setContactType] = useState<string | null>(null);
  const [locationId, setLocationId] = useState('');
  const [notes, setNotes] = useState('');
  const [unchosen, setUnchosen] = useState<BookingField[]>([]);
  const book = api.useMutation('post', '/api/v1/workspaces/{ws}/calendars/{id}/events', { onSuccess: invalidateEvents });

  const healthieTypes = (types.data ?? []).filter((t) => t.external?.source === 'healthie');
  const type = healthieTypes.find((t) => t.id === eventTypeId);
  const refusedField = book.error && bookingFieldOf(book.error);
  const errorOf = (field: BookingField) => (refusedField === field ? book.error?.error.message : unchosen.includes(field) ? unchosenMessages[field] : undefined);
  // A field changed since the last try: what was said about that try no longer holds.
  const editing =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      book.reset();
      setUnchosen([]);
      set(value);
    };

  const chooseType = editing((id: string | null) => {
    setEventTypeId(id);
    const allowed = healthieTypes.find((t) => t.id === id)?.contactTypes ?? [];
    setContactType(allowed.length === 1 ? allowed[0]! : allowed.includes(contactType ?? '') ? contactType : null);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!memberId || !eventTypeId || !startsAt) {
      setUnchosen([...(memberId ? [] : ['member' as const]), ...(eventTypeId ? [] : ['eventType' as const]), ...(startsAt ? [] : ['startsAt' as const])]);
      return;
    }
    const body = {
      memberId,
      eventTypeId,
      startsAt,
      ...(contactType ? { contactType } : {}),
      ...(contactType === IN_PERSON && locationId.trim() ? { locationId: locationId.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    book.mutate(
      { params: { path: { ws, id: calendar.id } }, body },
      {
        onSuccess: (booked) => {
          notifyDone(`${booked.title} is booked and being sent to Healthie`);
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Book appointment">
      <Stack component="form" onSubmit={submit} aria-label="Book appointment">
        {book.error && !refusedField && <ErrorAlert error={book.error} title="The appointment could not be booked" />}
        {types.error && <ErrorAlert error={types.error} title="The appointment types could not be loaded" />}
        <TextInput
          type="datetime-local"
          label="Start"
          description={`In the calendar's time zone, ${calendar.timezone}`}
          withAsterisk
          value={start}
          onChange={(e) => editing(setStart)(e.currentTarget.value)}
          error={errorOf('startsAt')}
        />
        {startsAt && (
          <Text size="sm">
            Starts {formatInstant(startsAt, calendar.timezone)}
            {type && `, for ${formatDuration(type.durationMinutes)}`}
          </Text>
        )}
        <LinkedMemberSelect
          label="Member"
          description="Members linked to a Healthie patient"
          withAsterisk
          value={memberId}
          onChange={editing(setMemberId)}
          error={errorOf('member')}
        />
        <Select
          label="Appointment type"
          searchable
          withAsterisk
          placeholder={types.isPending ? 'Loading appointment types…' : 'Choose a type'}
          data={healthieTypes.map((t) => ({ value: t.id, label: `${t.name} (${formatDuration(t.durationMinutes)})` }))}
          value={eventTypeId}
          onChange={chooseType}
          error={errorOf('eventType')}
        />
        <Select
          label="Contact type"
          searchable
          placeholder={type ? 'How it takes place' : 'Choose an appointment type first'}
          data={type?.contactTypes ?? []}
          disabled={!type}
          value={contactType}
          onChange={editing(setContactType)}
          error={errorOf('contactType')}
        />
        {contactType === IN_PERSON && (
          <TextInput
            label="Location ID"
            description="The Healthie appointment location it takes place at"
            withAsterisk
            value={locationId}
            onChange={(e) => editing(setLocationId)(e.currentTarget.value)}
            error={errorOf('location')}
          />
        )}
        <Textarea label="Notes" description="Sent to Healthie with the appointment" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <DialogActions submitLabel="Book appointment" busy={book.isPending} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
