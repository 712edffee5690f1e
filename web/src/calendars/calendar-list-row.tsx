import { Text } from '@mantine/core';
import type { EventDisplayInfo } from '@fullcalendar/react';
import { PushStateMarker } from '../healthie/push/push-state-marker.tsx';
import { formatDuration } from '../ui/time/format-duration.ts';
import { eventOf } from './calendar-event-input.ts';
import { eventStatusStyle } from './event-status.ts';
import { eventWhat, LINKED_MEMBER, withoutMember } from './event-labels.ts';

/** A row of the List view: time (after the event's push marker), member, what the event is, duration and status, in columns. */
export function CalendarListRow({ info }: { info: EventDisplayInfo }) {
  const event = eventOf(info.event);
  return (
    <div className="calendar-list-row">
      <Text size="sm" fw={600}>
        <PushStateMarker push={event.push} />
        {info.timeText}
      </Text>
      <Text size="sm" truncate c={event.member ? undefined : 'dimmed'}>
        {event.member ? (event.member.name ?? LINKED_MEMBER) : withoutMember(event)}
      </Text>
      <Text size="sm" truncate td={event.status === 'cancelled' ? 'line-through' : undefined}>
        {eventWhat(event)}
      </Text>
      <Text size="sm">{formatDuration(event.durationMinutes)}</Text>
      <Text size="sm" c="dimmed">
        {eventStatusStyle[event.status].label}
      </Text>
    </div>
  );
}
