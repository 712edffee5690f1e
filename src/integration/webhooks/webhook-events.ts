import type { WebhookEventType } from '../../healthie/generated/graphql.ts';

/**
 * What the product listens to: appointments (re-read and applied), patients (links and flags) and
 * organization memberships (providers). Names as Healthie's event reference writes them.
 */
export const subscribedEvents = [
  'appointment.created',
  'appointment.updated',
  'appointment.deleted',
  'patient.created',
  'patient.updated',
  'organization_membership.created',
  'organization_membership.updated',
  'organization_member.updated',
] as const;

export type SubscribedEvent = (typeof subscribedEvents)[number];

/** The schema's enum value for an event name: "appointment.created" is APPOINTMENT_CREATED. */
export const eventEnumValue = (event: string) => event.toUpperCase().replace(/\./g, '_') as WebhookEventType;
