import { Text } from '@mantine/core';
import type { EventDisplayInfo } from '@fullcalendar/react';
import { PushStateMarker } from '../healthie/push/push-state-marker.tsx';
import { eventOf } from './calendar-event-input.ts';
import { eventStatusStyle } from './event-status.ts';
import { typeBesidesTitle } from './event-labels.ts';

/**
 * An event's face in Day, Week and Month: its time (in the calendar's zone), title, then member,
 * type and status: on lines of their own where the event has room, else on one line cut at the edge;
 * a marker first while a change made here is on its way to Healthie (or failed, or got there).
 */
export function CalendarEventContent({ info }: { info: EventDisplayInfo }) {
  const event = eventOf(info.event);
  const details = [event.member?.name, typeBesidesTitle(event), eventStatusStyle[event.status].label].filter(Boolean).join(' · ');
  const title = (
    <Text span inherit td={event.status === 'cancelled' ? 'line-through' : undefined}>
      {event.title}
    </Text>
  );
  if (info.isShort || info.view.type === 'dayGridMonth') {
    return (
      <Text size="xs" truncate>
        <PushStateMarker push={event.push} />
        <b>{info.timeText}</b> {title} · {details}
      </Text>
    );
  }
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} truncate>
        <PushStateMarker push={event.push} />
        {info.timeText}
      </Text>
      <Text size="xs" truncate>
        {title}
      </Text>
      <Text size="xs" truncate opacity={0.85}>
        {details}
      </Text>
    </div>
  );
}
