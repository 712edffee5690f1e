import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { api } from '../api/api.ts';
import type { Calendar } from '../api/api-types.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { periodOf, stepAnchor, type CalendarView } from './calendar-period.ts';
import { CalendarToolbar } from './calendar-toolbar.tsx';
import type { CalendarViewProps } from './calendar-view-props.ts';
import { DayView } from './day-view.tsx';
import { ListView } from './list-view.tsx';
import { MonthView } from './month-view.tsx';
import { StatusLegend } from './status-legend.tsx';
import { WeekView } from './week-view.tsx';
import { dayKeyOf, startOfDay, zoneAbbreviation } from './zoned-time.ts';

const views: Record<CalendarView, (props: CalendarViewProps) => ReactNode> = {
  day: DayView,
  week: WeekView,
  month: MonthView,
  list: ListView,
};

/** The calendar's events in the chosen view and period, in the calendar's own time zone. */
export function CalendarEventsPanel({ calendar }: { calendar: Calendar }) {
  const { ws } = useWorkspace();
  const timeZone = calendar.timezone;
  const today = dayKeyOf(new Date(), timeZone);
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(today);
  const period = periodOf(view, anchor);

  const events = api.useQuery('get', '/api/v1/workspaces/{ws}/calendars/{id}/events', {
    params: {
      path: { ws, id: calendar.id },
      query: { from: startOfDay(period.first, timeZone).toISOString(), to: startOfDay(period.end, timeZone).toISOString(), limit: 5000 },
    },
  });
  const types = api.useQuery('get', '/api/v1/workspaces/{ws}/calendars/{id}/event-types', { params: { path: { ws, id: calendar.id } } });
  const typeNames = new Map(types.data?.map((t) => [t.id, t.name]));
  const View = views[view];

  return (
    <Stack gap="sm">
      <CalendarToolbar view={view} label={period.label} onView={setView} onStep={(d) => setAnchor(stepAnchor(view, anchor, d))} onToday={() => setAnchor(today)} />
      <Group justify="space-between" gap="xs">
        <StatusLegend />
        <Group gap="xs">
          {events.isFetching && <Loader size="xs" aria-label="Loading events" />}
          <Text size="xs" c="dimmed">
            Times in {timeZone} ({zoneAbbreviation(new Date(), timeZone)})
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
      <View period={period} events={events.data ?? []} timeZone={timeZone} typeNames={typeNames} />
    </Stack>
  );
}
