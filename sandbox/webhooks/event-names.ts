// Healthie's webhook events travel as names ("appointment.updated") in payloads and as enum values
// (APPOINTMENT_UPDATED) in GraphQL. The enum alone does not say where the dot goes, so the events the
// sandbox fires are listed; other enum values get the dot before their last word.
const firedEvents = [
  'appointment.created',
  'appointment.updated',
  'appointment.deleted',
  'patient.created',
  'patient.updated',
  'organization_membership.created',
  'organization_member.updated',
];

const byEnumValue = new Map(firedEvents.map((event) => [enumValueOfEvent(event), event]));

export function enumValueOfEvent(event: string): string {
  return event.replace('.', '_').toUpperCase();
}

export function eventOfEnumValue(enumValue: string): string {
  return byEnumValue.get(enumValue) ?? enumValue.toLowerCase().replace(/_([a-z0-9]+)$/, '.$1');
}
