import type { CalendarEvent } from '../api/api-types.ts';

/** The event's type name where it adds to the title: Healthie titles an appointment with its type, which is then said once. */
export const typeBesidesTitle = (event: CalendarEvent): string | undefined =>
  event.eventType && event.eventType.name !== event.title ? event.eventType.name : undefined;

/** What the event is: its title, and its type where that says more. */
export const eventWhat = (event: CalendarEvent): string => [event.title, typeBesidesTitle(event)].filter(Boolean).join(' · ');

/** Who the event is with when no member is: a group appointment's attendees, else no one linked. */
export const withoutMember = (event: CalendarEvent): string =>
  event.attendeeCount !== null ? `Group appointment, ${event.attendeeCount} attending` : 'No linked member';

/** A linked member whose name the caller may not read (no members:read). */
export const LINKED_MEMBER = 'Linked member';
