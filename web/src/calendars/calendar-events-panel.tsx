import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Calendar } from '../api/api-types.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { zoneAbbreviation } from '../ui/time/zone-abbreviation.ts';
import { calendarEventInput } from './calendar-event-input.ts';
import { EventCalendar } from './event-calendar.tsx';
import { EventDetailsDrawer } from './event-details-drawer.tsx';
import { StatusLegend } from './status-legend.tsx';
import { useCalendarEvents, type VisibleRange } from './use-calendar-events.ts';
import { useEventDetails } from './use-event-details.ts';

/**
 * The calendar's events in Day, Week, Month or List, in the calendar's own time zone, coloured by
 * status; one request a view brings everything they show, their details included.
 */
export function CalendarEventsPanel({ calendar }: { calendar: Calendar }) {
  const [range, setRange] = useState<VisibleRange | null>(null);
  const events = useCalendarEvents(calendar.id, range);
  const details = useEventDetails(events.data);
  // FullCalendar redraws its events whenever it is handed new ones: only when an answer changed them.
  const inputs = useMemo(() => (events.data ?? []).map(calendarEventInput), [events.data]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <StatusLegend />
        <Group gap="xs">
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
      />
      {details.event && <EventDetailsDrawer event={details.event} opened={details.opened} timeZone={calendar.timezone} onClose={details.close} />}
    </Stack>
  );
}
