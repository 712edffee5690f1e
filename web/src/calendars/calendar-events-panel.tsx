import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { api } from '../api/api.ts';
import type { Calendar } from '../api/api-types.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { zoneAbbreviation } from '../ui/time/zone-abbreviation.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { calendarEventInput } from './calendar-event-input.ts';
import { EventCalendar } from './event-calendar.tsx';
import { StatusLegend } from './status-legend.tsx';
import { useCalendarEvents, type VisibleRange } from './use-calendar-events.ts';
import { useMemberNames } from './use-member-names.ts';

/** The calendar's events in Day, Week, Month or List, in the calendar's own time zone, coloured by status. */
export function CalendarEventsPanel({ calendar }: { calendar: Calendar }) {
  const { ws } = useWorkspace();
  const [range, setRange] = useState<VisibleRange | null>(null);
  const events = useCalendarEvents(calendar.id, range);
  const types = api.useQuery('get', '/api/v1/workspaces/{ws}/calendars/{id}/event-types', { params: { path: { ws, id: calendar.id } } });
  const memberNames = useMemberNames((events.data ?? []).flatMap((e) => (e.memberId ? [e.memberId] : [])));
  // FullCalendar redraws its events whenever it is handed new ones: only when an answer changed them.
  const inputs = useMemo(() => {
    const typeNames = new Map(types.data?.map((t) => [t.id, t.name]));
    return (events.data ?? []).map((event) => calendarEventInput(event, typeNames, memberNames));
  }, [events.data, types.data, memberNames]);

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
      />
    </Stack>
  );
}
