// The demo practice: the patients of demo/people.ts, five clinicians available on weekdays from 09:00 to
// 17:00 in their own timezones, eight appointment types (some limited to providers), 330 appointments
// around today with every pm_status, a few deleted, and a weekly series of eight.
// Deterministic for a given day, so the same data comes back after every restart.
import { demoPatients } from '../../demo/people.ts';
import { contactTypes, isOpenTo } from '../domain/appointment-types.ts';
import { zonedWallTimeToEpoch } from '../datetime.ts';
import { followUps } from '../domain/recurring-appointments.ts';
import { newAppointment } from '../store/new-appointment.ts';
import { newUser } from '../store/new-user.ts';
import type { AppointmentRecord, AppointmentTypeRecord, AvailabilityRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { providerRecord, seedPractice, type Practice, type ProviderSeed } from './practice.ts';
import { pick, seededRandom, weighted } from '../random.ts';

const dayMs = 86_400_000;

const clinicians: ProviderSeed[] = [
  { firstName: 'Benjamin', lastName: 'Ortiz', email: 'benjamin.ortiz@harborfamilyhealth.example.com', timezone: 'America/Chicago', title: 'NP', stateLicenses: ['CA', 'TX'] },
  { firstName: 'Chloe', lastName: 'Nakamura', email: 'chloe.nakamura@harborfamilyhealth.example.com', timezone: 'America/Los_Angeles', title: 'LCSW' },
  { firstName: 'David', lastName: 'Mensah', email: 'david.mensah@harborfamilyhealth.example.com', timezone: 'America/Denver', title: 'RD' },
  { firstName: 'Erin', lastName: 'Castillo', email: 'erin.castillo@harborfamilyhealth.example.com', timezone: 'America/Los_Angeles', title: 'DPT', stateLicenses: ['CA', 'OR'] },
];

// [name, minutes, group, clients can book, providers it is limited to (indexes into admin + clinicians),
// contact types]: types open to everyone or limited to some providers, bookable by clients or not.
const typeRows: [string, number, boolean, boolean, number[], string[]][] = [
  ['Initial Consultation', 60, false, true, [], contactTypes],
  ['Follow-up Visit', 30, false, false, [], contactTypes],
  ['Telehealth Check-in', 15, false, true, [], ['Healthie Video Call', 'Phone Call']],
  ['Annual Physical', 45, false, false, [0], ['In Person']],
  ['Medication Review', 20, false, true, [0, 1], ['Healthie Video Call', 'Phone Call', 'In Person']],
  ['Therapy Session', 50, false, true, [2], ['Healthie Video Call', 'In Person']],
  ['Nutrition Counseling', 45, false, true, [3], ['Healthie Video Call', 'In Person']],
  ['Group Wellness Workshop', 90, true, false, [2, 3], ['Healthie Video Call']],
];

const pastStatuses = [
  ['Occurred', 50],
  ['No-Show', 8],
  ['Cancelled', 9],
  ['Late Cancellation', 6],
  ['Re-Scheduled', 6],
  ['Checked-In', 4],
  ['', 17],
] as const;
const futureStatuses = [
  ['', 80],
  ['Cancelled', 10],
  ['Re-Scheduled', 6],
  ['Late Cancellation', 4],
] as const;

export const demoAppointmentCount = 330;
const groupAttendees = 4;
const seriesLength = 8;

export function seedDemo(store: Store, now: number): Practice {
  const createdAt = now - 400 * dayMs;
  const practice = seedPractice(store, createdAt, 'Harbor Family Health');
  const organizationId = practice.admin.organizationId;
  const clinicianRecords = clinicians.map((seed) => providerRecord(store, organizationId, createdAt, seed));
  for (const clinician of clinicianRecords) store.addUser(clinician);
  const providers = [practice.admin, ...clinicianRecords];
  seedWorkingHours(store, providers, createdAt);

  const patients = demoPatients.map((person, position) =>
    newUser({
      id: store.nextId('user'),
      organizationId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phoneNumber: person.phone,
      dob: `${1950 + ((position * 7) % 50)}-${String((position % 12) + 1).padStart(2, '0')}-${String((position % 28) + 1).padStart(2, '0')}`,
      recordIdentifier: `HFH-${String(position + 1).padStart(4, '0')}`,
      createdAt: createdAt + position * dayMs,
      dietitianId: providers[position % providers.length]?.id ?? null,
    }),
  );
  for (const patient of patients) store.addUser(patient);

  const types = typeRows.map(([name, length, isGroup, clientsCanBook, limitedTo, available], position): AppointmentTypeRecord => ({
    id: store.nextId('appointmentType'),
    organizationId,
    name,
    length,
    isGroup,
    clientsCanBook,
    requireSpecificProviders: limitedTo.length > 0,
    providerIds: limitedTo.map((index) => providers[index]?.id ?? ''),
    availableContactTypes: available,
    position: position + 1,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
  }));
  for (const type of types) store.appointmentTypes.set(type.id, type);

  const random = seededRandom(20260101);
  const today = Math.floor(now / dayMs) * dayMs;
  for (let position = 0; position < demoAppointmentCount; position++) {
    const provider = providers[position % providers.length] as UserRecord;
    const bookable = types.filter((type) => isOpenTo(type, provider.id));
    const type = pick(random, bookable);
    const day = new Date(today + (Math.floor((position / demoAppointmentCount) * 91) - 45) * dayMs);
    const startsAt = zonedWallTimeToEpoch(
      { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 8 + Math.floor(random() * 9), minute: random() < 0.5 ? 0 : 30, second: 0 },
      provider.timezone ?? 'America/New_York',
    );
    const contactType = pick(random, type.availableContactTypes);
    const bookedAt = Math.min(startsAt - (1 + Math.floor(random() * 20)) * dayMs, now - dayMs);
    const pmStatus = weighted(random, startsAt < now ? pastStatuses : futureStatuses);
    const appointment = newAppointment({
      id: store.nextId('appointment'),
      organizationId,
      providerId: provider.id,
      ...clientsOf(type, position, patients),
      appointmentTypeId: type.id,
      contactType,
      startsAt,
      lengthMinutes: type.length,
      pmStatus,
      pmStatusChangedAt: pmStatus ? Math.min(startsAt, now) : null,
      confirmed: random() < 0.4,
      clientConfirmed: random() < 0.25,
      location: contactType === 'In Person' ? 'Harbor Family Health, 100 Market St, San Francisco' : null,
      appointmentLocationId: contactType === 'In Person' ? '1' : null,
      createdAt: bookedAt,
      updatedAt: pmStatus ? Math.min(startsAt, now) : bookedAt,
      deletedAt: position % 37 === 11 ? Math.min(startsAt, now) : null,
      lastUpdatedById: provider.id,
    });
    store.addAppointment(appointment);
  }
  seedWeeklySeries(store, now, providers[2] as UserRecord, types[5] as AppointmentTypeRecord, patients[3] as UserRecord);
  return practice;
}

/** Monday to Friday, 09:00 to 17:00 in each provider's timezone, repeating every week from the practice's first day. */
function seedWorkingHours(store: Store, providers: UserRecord[], createdAt: number): void {
  const firstDay = Math.floor(createdAt / dayMs) * dayMs;
  for (const provider of providers) {
    const timeZone = provider.timezone ?? 'America/New_York';
    for (let offset = 0; offset < 7; offset++) {
      const day = new Date(firstDay + offset * dayMs);
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
      const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), minute: 0, second: 0 };
      const availability: AvailabilityRecord = {
        id: store.nextId('availability'),
        organizationId: provider.organizationId,
        providerId: provider.id,
        timezone: timeZone,
        startsAt: zonedWallTimeToEpoch({ ...date, hour: 9 }, timeZone),
        endsAt: zonedWallTimeToEpoch({ ...date, hour: 17 }, timeZone),
        isRepeating: true,
        endOn: null,
        createdAt,
        updatedAt: createdAt,
      };
      store.availabilities.set(availability.id, availability);
    }
  }
}

/** Eight weekly sessions, three of them past: a recurring series, for which Healthie sends no appointment webhooks by default. */
function seedWeeklySeries(store: Store, now: number, provider: UserRecord, type: AppointmentTypeRecord, patient: UserRecord): void {
  const timeZone = provider.timezone ?? 'America/New_York';
  const firstDay = new Date(Math.floor(now / dayMs) * dayMs - 20 * dayMs);
  const startsAt = zonedWallTimeToEpoch({ year: firstDay.getUTCFullYear(), month: firstDay.getUTCMonth() + 1, day: firstDay.getUTCDate(), hour: 15, minute: 0, second: 0 }, timeZone);
  const first = newAppointment({
    id: store.nextId('appointment'),
    organizationId: provider.organizationId,
    providerId: provider.id,
    patientId: patient.id,
    appointmentTypeId: type.id,
    contactType: 'Healthie Video Call',
    startsAt,
    lengthMinutes: type.length,
    createdAt: startsAt - 7 * dayMs,
    lastUpdatedById: provider.id,
  });
  for (const session of [first, ...followUps(store, first, { repeatInterval: 'Weekly', repeatTimes: seriesLength, joinAll: false }, timeZone)]) {
    if (session.startsAt < now) Object.assign(session, { pmStatus: 'Occurred', pmStatusChangedAt: session.startsAt, updatedAt: session.startsAt });
    store.addAppointment(session);
  }
}

/** A 1:1 has its client as user; a group appointment has attendees and no user. */
function clientsOf(type: AppointmentTypeRecord, position: number, patients: UserRecord[]): Pick<AppointmentRecord, 'patientId' | 'attendeeIds'> {
  const patientAt = (offset: number) => (patients[(position * 7 + offset * 11) % patients.length] as UserRecord).id;
  if (!type.isGroup) return { patientId: patientAt(0), attendeeIds: [] };
  return { patientId: null, attendeeIds: Array.from({ length: groupAttendees }, (_, offset) => patientAt(offset)) };
}
