import type { FieldMessage, HealthieError } from '../../healthie/errors.ts';

/**
 * Healthie's refusal of a booking or change, in words a coordinator can act on. Healthie's own
 * text is not kept (it can quote what it holds); the field it names decides the words.
 */
const byField: Array<{ field: string; test?: RegExp; words: string }> = [
  { field: 'appointment_type_id', test: /not available for this provider/i, words: 'This appointment type is not open to this provider in Healthie. Pick another type, or open it to the provider in Healthie.' },
  { field: 'contact_type', words: 'Healthie does not allow this contact type for the appointment type. Pick one the type offers.' },
  { field: 'datetime', test: /availab|overlap|conflict|booked/i, words: "The provider is not available at this time in Healthie (outside their availability or over another appointment). Pick another time, or turn off the availability check in the calendar's settings." },
  { field: 'datetime', words: 'Healthie could not read the time sent. Pick the time again.' },
  { field: 'appointment_location_id', words: 'Healthie needs a location for an In Person appointment. Add the Healthie location id, or pick another contact type.' },
  { field: 'user_id', words: "Healthie does not know the member's linked patient (it may be archived). Check the member's Healthie link." },
  { field: 'other_party_id', words: "Healthie does not know this calendar's provider. Check the calendar's Healthie link." },
  { field: 'appointment_type_id', words: 'Healthie does not know this appointment type (it may have been deleted). Import the types again with Sync Now.' },
];

function wordsFor(message: FieldMessage): string {
  const known = byField.find((rule) => rule.field === message.field && (!rule.test || rule.test.test(message.message)));
  return known?.words ?? `Healthie refused the ${message.field ? `"${message.field}" value` : 'change'}. Check the appointment in Healthie.`;
}

/** What a failed push says on the event: our words for a refusal, the product's words for anything else. */
export function pushErrorWords(error: HealthieError): string {
  if (error.kind !== 'validation') return error.message;
  return [...new Set(error.fieldMessages.map(wordsFor))].join(' ');
}
