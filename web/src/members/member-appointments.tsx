import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { api, withQuery } from '../api/client.ts';
import type { Calendar, CalendarEvent } from '../api/types.ts';
import { useLoad } from '../api/use-load.ts';
import { EventStatusBadge } from '../calendars/event-status-badge.tsx';
import { formatDateTime } from '../calendars/zoned-time.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { DataTable } from '../ui/data-table.tsx';

const HORIZON_DAYS = 90;

type MemberEvent = CalendarEvent & { calendar: Pick<Calendar, 'id' | 'name' | 'timezone'> };

/** The member's events in every calendar over the coming 90 days. */
export function MemberAppointments({ memberId }: { memberId: string }) {
  const { apiPath } = useWorkspace();
  const appointments = useLoad(memberId, async () => {
    const from = new Date();
    const to = new Date(from.getTime() + HORIZON_DAYS * 86_400_000);
    const events = await api.get<MemberEvent[]>(withQuery(apiPath(`members/${memberId}/events`), { from: from.toISOString(), to: to.toISOString() }));
    return events.map((event) => ({ event, calendar: event.calendar }));
  });

  return (
    <Card withBorder component="section" aria-labelledby="appointments-heading">
      <Stack>
        <Title order={2} size="h4" id="appointments-heading">
          Upcoming appointments
        </Title>
        {appointments.error && <ErrorAlert error={appointments.error} title="Appointments could not be loaded" />}
        {appointments.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            No appointments in the next {HORIZON_DAYS} days.
          </Text>
        )}
        {appointments.data && appointments.data.length > 0 && (
          <DataTable label="Upcoming appointments" headers={['When', 'Appointment', 'Calendar', 'Status']} minWidth={480}>
            {appointments.data.map(({ event, calendar }) => (
              <Table.Tr key={event.id}>
                <Table.Td>{formatDateTime(event.startsAt, calendar.timezone)}</Table.Td>
                <Table.Td>{event.title}</Table.Td>
                <Table.Td>{calendar.name}</Table.Td>
                <Table.Td>
                  <EventStatusBadge status={event.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Stack>
    </Card>
  );
}
