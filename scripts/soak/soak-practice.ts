import type { Database } from '../../src/db/database.ts';
import { issueApiKey } from '../../src/workspace/api-keys.ts';
import { allScopes } from '../../src/workspace/scopes.ts';
import { createWorkspace } from '../../src/workspace/workspaces.ts';

/** What the sandbox holds of one appointment, as the soak last changed it: the ground truth. */
interface Appointment {
  calendar: Calendar;
  startsAt: number;
  pmStatus: '' | 'Cancelled' | 'No-Show';
  deleted: boolean;
}

export interface Calendar {
  id: string;
  workspaceId: string;
  token: string;
  providerId: string;
}

const DAY = 86_400_000;
const expectedStatus = { '': 'booked', Cancelled: 'cancelled', 'No-Show': 'no_show' } as const;
const random = <T,>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
/** A time 1 to 60 days ahead, on the hour: always inside the calendars' future. */
const futureTime = () => {
  const at = new Date(Date.now() + (1 + Math.floor(Math.random() * 60)) * DAY);
  at.setUTCHours(8 + Math.floor(Math.random() * 10), 0, 0, 0);
  return at.getTime();
};

/**
 * The soak's practice: workspaces with linked calendars, each on a provider of its own in one
 * sandbox organization, and every appointment the soak created or changed there.
 */
export class SoakPractice {
  readonly calendars: Calendar[] = [];
  readonly appointments = new Map<string, Appointment>();
  changes = 0;
  clicks = { sent: 0, refused: 0 };
  private patientId = '';
  private typeId = '';

  constructor(
    private readonly sandbox: { baseUrl: string; url: string },
    private readonly apiKey: string,
    private readonly apiUrl: string,
  ) {}

  private async control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.sandbox.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  private async api(token: string, method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.apiUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }

  async setUp(database: Database, size: { workspaces: number; calendarsPerWorkspace: number; appointmentsPerCalendar: number }): Promise<void> {
    this.typeId = (await this.control<{ appointmentType: { id: string } }>('POST', '/_sandbox/appointment-types', { name: 'Visit', length: 30 })).appointmentType.id;
    this.patientId = (await this.control<{ patient: { id: string } }>('POST', '/_sandbox/patients', { first_name: 'Soak', last_name: 'Patient', email: 'soak.patient@example.com' })).patient.id;
    for (let w = 0; w < size.workspaces; w++) {
      const workspace = await createWorkspace(database.db, { name: `Soak ${w}`, slug: `soak-${w}`, features: ['ehr_healthie'] });
      const { token } = await issueApiKey(database.db, { workspaceId: workspace.id, name: 'soak', scopes: allScopes });
      const connect = await this.api(token, 'PUT', `/workspaces/${workspace.id}/connections/healthie`, { apiKey: this.apiKey, baseUrl: this.sandbox.url });
      if (!connect.ok) throw new Error(`connect failed: ${connect.status}`);
      for (let c = 0; c < size.calendarsPerWorkspace; c++) {
        const n = w * size.calendarsPerWorkspace + c;
        const { provider } = await this.control<{ provider: { id: string } }>('POST', '/_sandbox/providers', { first_name: 'Provider', last_name: `P${n}`, email: `provider${n}@clinic.example`, timezone: 'UTC' });
        const created = await (await this.api(token, 'POST', `/workspaces/${workspace.id}/calendars`, { name: `Calendar ${n}`, timezone: 'UTC' })).json() as { id: string };
        const calendar = { id: created.id, workspaceId: workspace.id, token, providerId: provider.id };
        this.calendars.push(calendar);
        for (let a = 0; a < size.appointmentsPerCalendar; a++) await this.create(calendar);
        const link = await this.api(token, 'PUT', `/workspaces/${workspace.id}/calendars/${calendar.id}/healthie-link`, { providerId: provider.id });
        if (!link.ok) throw new Error(`link failed: ${link.status}`);
      }
    }
  }

  private async create(calendar: Calendar): Promise<void> {
    const startsAt = futureTime();
    const { appointment } = await this.control<{ appointment: { id: string } }>('POST', '/_sandbox/appointments', {
      user_id: this.patientId,
      other_party_id: calendar.providerId,
      appointment_type_id: this.typeId,
      contact_type: 'Phone Call',
      datetime: new Date(startsAt).toISOString(),
    });
    this.appointments.set(appointment.id, { calendar, startsAt, pmStatus: '', deleted: false });
  }

  /** One change in Healthie, as the practice makes them all day: a booking, a move, a status, a deletion. */
  async change(): Promise<void> {
    this.changes += 1;
    const live = [...this.appointments].filter(([, a]) => !a.deleted);
    const roll = Math.random();
    if (roll < 0.3 || live.length === 0) return this.create(random(this.calendars));
    const [id, appointment] = random(live);
    if (roll < 0.55) {
      appointment.startsAt = futureTime();
      await this.control('PATCH', `/_sandbox/appointments/${id}`, { datetime: new Date(appointment.startsAt).toISOString() });
    } else if (roll < 0.85) {
      appointment.pmStatus = random(['', 'Cancelled', 'No-Show'] as const);
      await this.control('PATCH', `/_sandbox/appointments/${id}`, { pm_status: appointment.pmStatus });
    } else {
      appointment.deleted = true;
      await this.control('DELETE', `/_sandbox/appointments/${id}`);
    }
  }

  /** Sync Now on a calendar, through the load balancer; a refusal (a process down) is counted, not fatal. */
  async syncNow(calendar: Calendar = random(this.calendars)): Promise<void> {
    this.clicks.sent += 1;
    const res = await this.api(calendar.token, 'POST', `/workspaces/${calendar.workspaceId}/calendars/${calendar.id}/sync`).catch(() => null);
    if (!res?.ok) this.clicks.refused += 1;
  }

  /**
   * Every appointment against the calendars' events: lost (a live one missing, or held with another
   * time or status; a deleted one still shown as not cancelled) and duplicated (one appointment
   * held by more than one event).
   */
  async verify(database: Database): Promise<{ checked: number; lost: number; duplicated: number }> {
    const { rows } = await database.query<{ external_id: string; calendar_id: string; starts_at: Date; status: string }>(
      "select external_id, calendar_id, starts_at, status from calendar_events where external_source = 'healthie'",
    );
    const byAppointment = new Map<string, typeof rows>();
    for (const row of rows) byAppointment.set(row.external_id, [...(byAppointment.get(row.external_id) ?? []), row]);
    let lost = 0;
    for (const [id, expected] of this.appointments) {
      const [event] = byAppointment.get(id) ?? [];
      const right = expected.deleted
        ? !event || event.status === 'cancelled'
        : event?.calendar_id === expected.calendar.id && event.starts_at.getTime() === expected.startsAt && event.status === expectedStatus[expected.pmStatus];
      if (!right) lost += 1;
    }
    const duplicated = [...byAppointment.values()].filter((events) => events.length > 1).length;
    return { checked: this.appointments.size, lost, duplicated };
  }
}
