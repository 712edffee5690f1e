// The sandbox's own records. GraphQL resolvers turn them into Healthie's shapes; times are epoch ms (UTC).

export interface Permissions {
  isAdmin: boolean;
  /** Lists the organization's members (organizationMembers); without it the list comes back empty. */
  canListOrganizationMembers: boolean;
  canAddMembers: boolean;
  canAddClients: boolean;
  canEditAppointmentTypes: boolean;
}

export interface Membership {
  id: string;
  orgRole: 'Standard' | 'Support';
  title: string | null;
  isOwner: boolean;
  stateLicenses: string[];
  permissions: Permissions;
}

export interface UserRecord {
  id: string;
  organizationId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phoneNumber: string | null;
  timezone: string | null;
  dob: string | null;
  /** The legal first name, when it differs from first_name. */
  legalName: string | null;
  recordIdentifier: string | null;
  npi: string | null;
  /** False once archived: Healthie archives patients and never deletes them. */
  active: boolean;
  archivedAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** Present for providers and staff (organization members), absent for patients. */
  membership: Membership | null;
  /** A patient's primary provider (Healthie's dietitian_id). */
  dietitianId: string | null;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  phoneNumber: string;
  email: string;
  ownerId: string | null;
  createdAt: number;
}

export interface AppointmentTypeRecord {
  id: string;
  organizationId: string;
  name: string;
  length: number;
  isGroup: boolean;
  clientsCanBook: boolean;
  /** When set, only the providers of providerIds offer the type. */
  requireSpecificProviders: boolean;
  /** The providers connected to the type (provider_appt_type_connections). */
  providerIds: string[];
  availableContactTypes: string[];
  position: number;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface AppointmentRecord {
  id: string;
  organizationId: string;
  providerId: string;
  /** The client of a 1:1 appointment (Healthie's user_id); null for group appointments. */
  patientId: string | null;
  /** The clients registered for a group appointment; empty for a 1:1. */
  attendeeIds: string[];
  appointmentTypeId: string | null;
  contactType: string;
  startsAt: number;
  lengthMinutes: number;
  /** "" is Healthie's blank status: booked. Confirmation is not a status but the two flags below. */
  pmStatus: string;
  pmStatusChangedAt: number | null;
  /** The provider has confirmed the appointment (Healthie's confirmed). */
  confirmed: boolean;
  /** The client has confirmed it (client_confirmed). */
  clientConfirmed: boolean;
  location: string | null;
  appointmentLocationId: string | null;
  notes: string | null;
  externalVideochatUrl: string | null;
  /** Set ("Google", "Outlook") on events pulled in from a provider's external calendar (Healthie's external_id_type). */
  externalIdType: string | null;
  /**
   * What the client sent as metadata ("a serialized JSON string of metadata"), kept as given: a string
   * stays a string, any other JSON value stays that value.
   */
  metadata: unknown;
  /** The series a recurring appointment belongs to, and its 1-based place in it; null for a one-time appointment. */
  recurrence: { seriesId: string; position: number } | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  lastUpdatedById: string | null;
}

/** Every client of an appointment: its one client, or a group appointment's attendees. */
export function clientIdsOf(appointment: AppointmentRecord): string[] {
  return appointment.patientId ? [appointment.patientId] : appointment.attendeeIds;
}

export const endOf = (appointment: AppointmentRecord): number => appointment.startsAt + appointment.lengthMinutes * 60_000;

/** A recurring series (Healthie's RecurringAppointment); its appointments point to it. */
export interface RecurringAppointmentRecord {
  id: string;
  /** "Weekly", "Biweekly", "Monthly" or "Every 4 Weeks". */
  repeatInterval: string;
  /** Appointments in the series, the first included. */
  repeatTimes: number;
  joinAll: boolean;
}

/**
 * When a provider can be booked (Healthie's Availability): one stretch of time, or one that repeats every
 * week at the same wall-clock times in its timezone.
 */
export interface AvailabilityRecord {
  id: string;
  organizationId: string;
  providerId: string;
  timezone: string;
  /** The stretch, or the first week's of a repeating availability. */
  startsAt: number;
  endsAt: number;
  isRepeating: boolean;
  /** The last day ("YYYY-MM-DD" in its timezone) a repeating availability repeats on; null: no end. */
  endOn: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookRecord {
  id: string;
  organizationId: string;
  url: string;
  /** Healthie event names, e.g. "appointment.updated". */
  eventTypes: string[];
  isEnabled: boolean;
  shouldRetry: boolean;
  signatureSecret: string;
  warnedAt: number | null;
  createdAt: number;
}

export interface ApiKeyRecord {
  id: string;
  key: string;
  userId: string;
  name: string;
  createdAt: number;
  revokedAt: number | null;
}
