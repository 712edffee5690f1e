// The sandbox's in-memory Healthie: records by id plus the sorted indexes that list queries page over.
import {
  clientIdsOf,
  type ApiKeyRecord,
  type AppointmentRecord,
  type AppointmentTypeRecord,
  type AvailabilityRecord,
  type OrganizationRecord,
  type RecurringAppointmentRecord,
  type UserRecord,
  type WebhookRecord,
} from './records.ts';
import { SortedIndex, type SortKey } from './sorted-index.ts';

type IdKind = 'organization' | 'user' | 'membership' | 'appointmentType' | 'appointment' | 'recurringAppointment' | 'availability' | 'webhook' | 'apiKey';

// Different starting points keep ids of different kinds apart, as they are in Healthie.
const firstIds: Record<IdKind, number> = {
  organization: 7001,
  user: 100001,
  membership: 30001,
  appointmentType: 4001,
  appointment: 900001,
  recurringAppointment: 52001,
  availability: 71001,
  webhook: 601,
  apiKey: 801,
};

const byName = (user: UserRecord): SortKey => [user.lastName.toLowerCase(), user.firstName.toLowerCase(), Number(user.id)];
const byStart = (appointment: AppointmentRecord): SortKey => [appointment.startsAt, Number(appointment.id)];

export class Store {
  organization: OrganizationRecord | null = null;
  readonly users = new Map<string, UserRecord>();
  readonly appointmentTypes = new Map<string, AppointmentTypeRecord>();
  readonly appointments = new Map<string, AppointmentRecord>();
  readonly recurringAppointments = new Map<string, RecurringAppointmentRecord>();
  readonly availabilities = new Map<string, AvailabilityRecord>();
  readonly webhooks = new Map<string, WebhookRecord>();
  readonly apiKeys = new Map<string, ApiKeyRecord>();

  readonly patientsByName = new SortedIndex(byName);
  readonly membersByName = new SortedIndex(byName);
  /** Live (not deleted) appointments, by start time. */
  readonly appointmentsByStart = new SortedIndex(byStart);
  private readonly appointmentsByProviderIndex = new Map<string, SortedIndex<AppointmentRecord>>();
  private readonly appointmentsByPatientIndex = new Map<string, SortedIndex<AppointmentRecord>>();
  private readonly nextIds = { ...firstIds };

  nextId(kind: IdKind): string {
    return String(this.nextIds[kind]++);
  }

  appointmentsOfProvider(providerId: string): SortedIndex<AppointmentRecord> {
    return this.appointmentsByProviderIndex.get(providerId) ?? new SortedIndex(byStart);
  }

  appointmentsOfPatient(patientId: string): SortedIndex<AppointmentRecord> {
    return this.appointmentsByPatientIndex.get(patientId) ?? new SortedIndex(byStart);
  }

  apiKeyById(id: string): ApiKeyRecord | undefined {
    for (const apiKey of this.apiKeys.values()) if (apiKey.id === id) return apiKey;
    return undefined;
  }

  addUser(user: UserRecord): void {
    this.users.set(user.id, user);
    this.nameIndexOf(user).insert(user);
  }

  changeUser(user: UserRecord, change: (user: UserRecord) => void): void {
    this.nameIndexOf(user).remove(user);
    change(user);
    this.nameIndexOf(user).insert(user);
  }

  removeUser(user: UserRecord): void {
    this.nameIndexOf(user).remove(user);
    this.users.delete(user.id);
  }

  addAppointment(appointment: AppointmentRecord): void {
    this.appointments.set(appointment.id, appointment);
    if (appointment.deletedAt === null) for (const index of this.indexesOf(appointment)) index.insert(appointment);
  }

  changeAppointment(appointment: AppointmentRecord, change: (appointment: AppointmentRecord) => void): void {
    if (appointment.deletedAt === null) for (const index of this.indexesOf(appointment)) index.remove(appointment);
    change(appointment);
    if (appointment.deletedAt === null) for (const index of this.indexesOf(appointment)) index.insert(appointment);
  }

  /** Loads many records at once, sorting each index a single time (seeding 100,000s of records). */
  bulkLoad(users: UserRecord[], appointments: AppointmentRecord[]): void {
    for (const user of users) this.users.set(user.id, user);
    this.patientsByName.load(users.filter((user) => user.membership === null));
    this.membersByName.load(users.filter((user) => user.membership !== null));
    const live = appointments.filter((appointment) => appointment.deletedAt === null);
    for (const appointment of appointments) this.appointments.set(appointment.id, appointment);
    this.appointmentsByStart.load(live);
    for (const [key, group] of groupBy(live, (appointment) => [appointment.providerId])) {
      this.appointmentsByProviderIndex.set(key, SortedIndex.of(group, byStart));
    }
    for (const [key, group] of groupBy(live, clientIdsOf)) {
      this.appointmentsByPatientIndex.set(key, SortedIndex.of(group, byStart));
    }
  }

  private nameIndexOf(user: UserRecord): SortedIndex<UserRecord> {
    return user.membership ? this.membersByName : this.patientsByName;
  }

  private indexesOf(appointment: AppointmentRecord): SortedIndex<AppointmentRecord>[] {
    const clientIndexes = clientIdsOf(appointment).map((clientId) => indexIn(this.appointmentsByPatientIndex, clientId));
    return [this.appointmentsByStart, indexIn(this.appointmentsByProviderIndex, appointment.providerId), ...clientIndexes];
  }
}

function indexIn(indexes: Map<string, SortedIndex<AppointmentRecord>>, key: string): SortedIndex<AppointmentRecord> {
  let index = indexes.get(key);
  if (!index) {
    index = new SortedIndex(byStart);
    indexes.set(key, index);
  }
  return index;
}

/** Groups items under each of their keys: an item with several keys joins several groups. */
function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
