import { Text } from '@mantine/core';
import type { EventDisplayInfo } from '@fullcalendar/react';
import type { EventDetails } from './calendar-event-input.ts';
import { eventStatusStyle } from './event-status.ts';

/**
 * An event's face in every view: its time (in the calendar's zone), title, then member, type and
 * status: on lines of their own where the event has room, else on one line cut at the edge.
 */
export function CalendarEventContent({ info }: { info: EventDisplayInfo }) {
  const { status, typeName, memberName } = info.event.extendedProps as EventDetails;
  // Healthie often titles an appointment with its type: the name is said once.
  const type = typeName === info.event.title ? undefined : typeName;
  const details = [memberName, type, eventStatusStyle[status].label].filter(Boolean).join(' · ');
  const title = (
    <Text span inherit td={status === 'cancelled' ? 'line-through' : undefined}>
      {info.event.title}
    </Text>
  );
  if (info.isShort || info.view.type === 'dayGridMonth') {
    return (
      <Text size="xs" truncate>
        <b>{info.timeText}</b> {title} · {details}
      </Text>
    );
  }
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} truncate>
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
