import type { ApiFailure } from '../../api/api-error.ts';

export type BookingField = 'startsAt' | 'member' | 'eventType' | 'contactType' | 'location';

// The server's refusals of a booking that one field answers for; any other is said above the form.
const fieldOfCode: Record<string, BookingField> = {
  member_required: 'member',
  member_not_linked: 'member',
  event_type_required: 'eventType',
  event_type_not_from_healthie: 'eventType',
  contact_type_required: 'contactType',
  contact_type_not_allowed: 'contactType',
  location_required: 'location',
};

/** The field a refused booking's message belongs beside, or null when it is about the whole booking. */
export const bookingFieldOf = (failure: ApiFailure): BookingField | null => fieldOfCode[failure.error.code] ?? null;
