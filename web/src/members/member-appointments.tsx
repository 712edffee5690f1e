import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/api.ts';
import { EventDetailsDrawer } from '../calendars/event-details-drawer.tsx';
import { EventStatusBadge } from '../calendars/event-status-badge.tsx';
import { eventWhat } from '../calendars/event-labels.ts';
import { useEventDetails } from '../calendars/use-event-details.ts';
import { DataTable } from '../ui/data-table.tsx';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { formatDuration } from '../ui/time/format-duration.ts';
import { formatInstant } from '../ui/time/format-instant.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

const HORIZON_DAYS = 90;

function comingDays() {
  const from = new Date();
  return { from: from.toISOString(), to: new Date(from.getTime() + HORIZON_DAYS * 86_400_000).toISOString() };
}

/** The member's events in every calendar over the coming 90 days, each in its calendar's time zone; each opens its details. */
export function MemberAppointments({ memberId }: { memberId: string }) {
  const { ws } = useWorkspace();
  // Fixed when the page opens, so the query keeps one key.
  const [range] = useState(comingDays);
  const appointments = api.useQuery('get', '/api/v1/workspaces/{ws}/members/{id}/events', { params: { path: { ws, id: memberId }, query: range } });
  const details = useEventDetails(appointments.data);

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
          <DataTable label="Upcoming appointments" headers={['When', 'Appointment', 'Duration', 'Calendar', 'Status']} minWidth={560}>
            {appointments.data.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td>{formatInstant(event.startsAt, event.calendar.timezone)}</Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" onClick={() => details.open(event.id)}>
                    {eventWhat(event)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDuration(event.durationMinutes)}</Table.Td>
                <Table.Td>{event.calendar.name}</Table.Td>
                <Table.Td>
                  <EventStatusBadge status={event.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
        {details.event && <EventDetailsDrawer event={details.event} opened={details.opened} timeZone={details.event.calendar.timezone} onClose={details.close} />}
      </Stack>
    </Card>
  );
}
