import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Calendar } from '../api/api-types.ts';
import { BookAppointmentDialog } from '../healthie/push/book-appointment-dialog.tsx';
import { CancelAppointmentButton } from '../healthie/push/cancel-appointment-button.tsx';
import { ChangeAppointmentButton } from '../healthie/push/change-appointment-button.tsx';
import { isChangeableAppointment } from '../healthie/push/changeable-appointment.ts';
import { useHealthieWrites } from '../healthie/push/use-healthie-writes.ts';
import { useMoveAppointment } from '../healthie/push/use-move-appointment.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { zoneAbbreviation } from '../ui/time/zone-abbreviation.ts';
import { calendarEventInput } from './calendar-event-input.ts';
import { EventCalendar } from './event-calendar.tsx';
import { EventDetailsDrawer } from './event-details-drawer.tsx';
import { StatusLegend } from './status-legend.tsx';
import { useCalendarEvents, type VisibleRange } from './use-calendar-events.ts';
import { useEventDetails } from './use-event-details.ts';

/** The start a booking begun without a chosen time proposes: the next full hour. */
const nextHour = () => new Date(Math.ceil((Date.now() + 1) / 3_600_000) * 3_600_000).toISOString();

/**
 * The calendar's events in Day, Week, Month or List, in the calendar's own time zone, coloured by
 * status; one request a view brings everything they show, their details included. Where the
 * calendar pushes to Healthie, a chosen time (or Book appointment, from the keyboard too) books an
 * appointment, and its appointments are moved by dragging and cancelled from their details.
 */
export function CalendarEventsPanel({ calendar }: { calendar: Calendar }) {
  const [range, setRange] = useState<VisibleRange | null>(null);
  const events = useCalendarEvents(calendar.id, range);
  const details = useEventDetails(events.data);
  const writes = useHealthieWrites(calendar);
  const moveAppointment = useMoveAppointment(calendar.id);
  const [bookingAt, setBookingAt] = useState<string | null>(null);
  // FullCalendar redraws its events whenever it is handed new ones: only when an answer changed them.
  const inputs = useMemo(
    () => (events.data ?? []).map((event) => calendarEventInput(event, writes !== null && isChangeableAppointment(event))),
    [events.data, writes],
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <StatusLegend />
        <Group gap="xs">
          {writes && (
            <Button size="xs" variant="light" onClick={() => setBookingAt(nextHour())}>
              Book appointment
            </Button>
          )}
          {events.isFetching && <Loader size="xs" aria-label="Loading events" />}
          <Text size="xs" c="dimmed">
            Times in {calendar.timezone} ({zoneAbbreviation(new Date(), calendar.timezone)})
          </Text>
        </Group>
      </Group>
      {events.error && <ErrorAlert error={events.error} title="Events could not be loaded" />}
      {calendar.source === 'healthie' && events.data?.length === 0 && (
        <Alert color="blue" title="No appointments in this period">
          Only future appointments are synced from Healthie. If all of the provider's appointments are in the past, no events appear;
          check the provider's upcoming schedule in Healthie.
        </Alert>
      )}
      <EventCalendar
        timeZone={calendar.timezone}
        events={inputs}
        onDatesSet={(info) => setRange({ from: info.startStr, to: info.endStr })}
        onEventOpen={details.open}
        onTimeChosen={writes ? setBookingAt : undefined}
        onEventMoved={writes ? moveAppointment : undefined}
      />
      {details.event && (
        <EventDetailsDrawer
          event={details.event}
          opened={details.opened}
          timeZone={calendar.timezone}
          onClose={details.close}
          actions={
            writes &&
            isChangeableAppointment(details.event) && (
              <Group gap="xs">
                <ChangeAppointmentButton key={details.event.id} event={details.event} timeZone={calendar.timezone} />
                <CancelAppointmentButton event={details.event} cancelAs={writes.cancelAs} />
              </Group>
            )
          }
        />
      )}
      {bookingAt && <BookAppointmentDialog key={bookingAt} calendar={calendar} startsAt={bookingAt} onClose={() => setBookingAt(null)} />}
    </Stack>
  );
}
