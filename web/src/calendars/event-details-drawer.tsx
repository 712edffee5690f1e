import { Anchor, Code, Drawer, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CalendarEvent } from '../api/api-types.ts';
import { pushDetails } from '../healthie/push/push-details.tsx';
import { DetailList, type Detail } from '../ui/detail-list.tsx';
import { formatDuration } from '../ui/time/format-duration.ts';
import { formatInstant } from '../ui/time/format-instant.ts';
import { RelativeTime } from '../ui/time/relative-time.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { LINKED_MEMBER, withoutMember } from './event-labels.ts';
import { EventStatusBadge } from './event-status-badge.tsx';

interface Props {
  event: CalendarEvent;
  opened: boolean;
  /** The calendar's time zone: the times are given in it, with its abbreviation. */
  timeZone: string;
  onClose(): void;
  /** What can be done with the event where it is shown, under its details. */
  actions?: ReactNode;
}

/** Who, what and when of one event, titled with the event's title, and where its changes made here stand towards Healthie. */
export function EventDetailsDrawer({ event, opened, timeZone, onClose, actions }: Props) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" title={event.title} closeButtonProps={{ 'aria-label': 'Close details' }}>
      <Stack>
        <DetailList details={eventDetails(event, timeZone)} />
        {actions}
      </Stack>
    </Drawer>
  );
}

function eventDetails(event: CalendarEvent, timeZone: string): Detail[] {
  const fromHealthie = event.external?.source === 'healthie' ? event.external : null;
  return [
    { label: 'Member', value: <MemberValue event={event} /> },
    { label: 'Appointment type', value: event.eventType?.name ?? <Dimmed>No type</Dimmed> },
    { label: 'Start', value: formatInstant(event.startsAt, timeZone) },
    { label: 'End', value: formatInstant(event.endsAt, timeZone) },
    { label: 'Duration', value: formatDuration(event.durationMinutes) },
    { label: 'Status', value: <EventStatusBadge status={event.status} /> },
    { label: 'Contact type', value: event.contactType ?? <Dimmed>Not given</Dimmed> },
    ...(event.notes ? [{ label: 'Notes', value: event.notes }] : []),
    ...(fromHealthie
      ? [{ label: 'Healthie appointment ID', value: fromHealthie.id ? <Code>{fromHealthie.id}</Code> : <Dimmed>Not in Healthie yet</Dimmed> }]
      : []),
    ...(event.external
      ? [{ label: 'Last synced', value: event.lastSyncedAt ? <RelativeTime instant={event.lastSyncedAt} timeZone={timeZone} /> : <Dimmed>Not recorded yet</Dimmed> }]
      : []),
    ...pushDetails(event, timeZone),
  ];
}

function MemberValue({ event }: { event: CalendarEvent }) {
  const { uiPath } = useWorkspace();
  if (!event.member) return <Dimmed>{withoutMember(event)}</Dimmed>;
  return (
    <Anchor component={Link} to={uiPath(`members/${event.member.id}`)} size="sm">
      {event.member.name ?? LINKED_MEMBER}
    </Anchor>
  );
}

const Dimmed = ({ children }: { children: string }) => (
  <Text span inherit c="dimmed">
    {children}
  </Text>
);
