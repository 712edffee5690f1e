// A practice of a given size for load tests: providers, patients and appointments spread over two years.
import { newAppointment } from '../store/new-appointment.ts';
import { newUser } from '../store/new-user.ts';
import type { AppointmentRecord, AppointmentTypeRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { providerRecord, seedPractice, type Practice } from './practice.ts';
import { pick, seededRandom } from '../random.ts';

export interface ScaleCounts {
  providers: number;
  patients: number;
  appointments: number;
}

const firstNames = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Max', 'Nia', 'Oto', 'Pia'];
const lastNames = ['Abbott', 'Brandt', 'Chow', 'Diaz', 'Ekwueme', 'Fischer', 'Gupta', 'Holm', 'Ito', 'Jansen', 'Kaur', 'Lund'];
const statuses = ['', '', '', 'Occurred', 'Occurred', 'No-Show', 'Cancelled', 'Re-Scheduled', 'Late Cancellation', 'Checked-In'];
const dayMs = 86_400_000;

export function seedScale(store: Store, now: number, counts: ScaleCounts): Practice {
  const createdAt = now - 800 * dayMs;
  const practice = seedPractice(store, createdAt, 'Scale Test Practice');
  const organizationId = practice.admin.organizationId;
  const random = seededRandom(7);
  const users: UserRecord[] = [];

  const providers = [practice.admin];
  for (let n = 1; n < counts.providers; n++) {
    const first = pick(random, firstNames);
    const last = pick(random, lastNames);
    const provider = providerRecord(store, organizationId, createdAt, {
      firstName: first,
      lastName: `${last}-${n}`,
      email: `${first}.${last}.${n}@scale-providers.example.com`.toLowerCase(),
      timezone: 'America/New_York',
      title: 'MD',
    });
    providers.push(provider);
    users.push(provider);
  }

  const patients: UserRecord[] = [];
  for (let n = 0; n < counts.patients; n++) {
    const first = pick(random, firstNames);
    const last = pick(random, lastNames);
    patients.push(
      newUser({
        id: store.nextId('user'),
        organizationId,
        firstName: first,
        lastName: last,
        email: `${first}.${last}.${n}@scale-patients.example.com`.toLowerCase(),
        phoneNumber: `+1555${String(n).padStart(7, '0')}`,
        createdAt: createdAt + n,
        dietitianId: (providers[n % providers.length] as UserRecord).id,
      }),
    );
  }
  users.push(...patients);

  const types: AppointmentTypeRecord[] = ['Consultation', 'Follow-up', 'Check-in', 'Group Session'].map((name, position) => ({
    id: store.nextId('appointmentType'),
    organizationId,
    name,
    length: [60, 30, 15, 90][position] ?? 30,
    isGroup: name === 'Group Session',
    clientsCanBook: true,
    requireSpecificProviders: false,
    providerIds: [],
    availableContactTypes: ['Healthie Video Call', 'Phone Call'],
    position: position + 1,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
  }));
  for (const type of types) store.appointmentTypes.set(type.id, type);

  const appointments: AppointmentRecord[] = [];
  const firstDay = Math.floor(now / dayMs) * dayMs - 365 * dayMs;
  for (let n = 0; n < counts.appointments; n++) {
    const type = types[n % types.length] as AppointmentTypeRecord;
    const startsAt = firstDay + Math.floor(random() * 730) * dayMs + (13 + Math.floor(random() * 10)) * 3_600_000;
    const pmStatus = pick(random, statuses);
    const clientId = patients.length > 0 ? (patients[Math.floor(random() * patients.length)] as UserRecord).id : null;
    appointments.push(
      newAppointment({
        id: store.nextId('appointment'),
        organizationId,
        providerId: (providers[n % providers.length] as UserRecord).id,
        ...(type.isGroup ? { attendeeIds: clientId ? [clientId] : [] } : { patientId: clientId }),
        appointmentTypeId: type.id,
        contactType: 'Healthie Video Call',
        startsAt,
        lengthMinutes: type.length,
        pmStatus,
        pmStatusChangedAt: pmStatus ? startsAt : null,
        confirmed: n % 3 === 0,
        createdAt: startsAt - 7 * dayMs,
      }),
    );
  }
  store.bulkLoad([...store.users.values(), ...users], appointments);
  return practice;
}
