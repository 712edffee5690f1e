import type { EventInput } from '@fullcalendar/react';
import type { CalendarEvent } from '../api/api-types.ts';
import { eventStatusStyle } from './event-status.ts';

/** What an event's face shows besides its time and title. */
export interface EventDetails {
  status: CalendarEvent['status'];
  typeName: string | undefined;
  memberName: string | undefined;
}

/** One of our events as FullCalendar draws it: coloured by status, with the details its face and label need. */
export function calendarEventInput(event: CalendarEvent, typeNames: Map<string, string>, memberNames: Map<string, string>): EventInput {
  const details: EventDetails = {
    status: event.status,
    typeName: event.eventTypeId ? typeNames.get(event.eventTypeId) : undefined,
    memberName: event.memberId ? memberNames.get(event.memberId) : undefined,
  };
  return {
    id: event.id,
    title: event.title,
    start: event.startsAt,
    end: event.endsAt,
    color: `var(--mantine-color-${eventStatusStyle[event.status].color}-filled)`,
    extendedProps: details,
  };
}
