import type { EventApi, EventInput } from '@fullcalendar/react';
import type { CalendarEvent } from '../api/api-types.ts';
import { eventStatusStyle } from './event-status.ts';

interface EventProps {
  event: CalendarEvent;
}

/**
 * One of our events as FullCalendar draws it: coloured by status, carrying the event its face and
 * details show; `movable` ones can be dragged to a new start, never resized (Healthie's appointment
 * type sets the length).
 */
export function calendarEventInput(event: CalendarEvent, movable: boolean): EventInput {
  const props: EventProps = { event };
  return {
    id: event.id,
    title: event.title,
    start: event.startsAt,
    end: event.endsAt,
    color: `var(--mantine-color-${eventStatusStyle[event.status].color}-filled)`,
    startEditable: movable,
    durationEditable: false,
    extendedProps: props,
  };
}

/** The event a FullCalendar event was made from. */
export const eventOf = (drawn: EventApi): CalendarEvent => (drawn.extendedProps as EventProps).event;

/** The mirror FullCalendar draws over a time being chosen: no event of ours. */
export const isChosenTime = (drawn: EventApi): boolean => !(drawn.extendedProps as Partial<EventProps>).event;
