import type { RunningSandbox } from '../../sandbox/server.ts';
import type { Database } from '../../src/db/database.ts';
import { issueApiKey } from '../../src/workspace/api-keys.ts';
import { allScopes } from '../../src/workspace/scopes.ts';
import { createWorkspace } from '../../src/workspace/workspaces.ts';

/** One workspace and the Healthie organization it is connected to (a sandbox of its own). */
export interface Clinic {
  workspaceId: string;
  token: string;
  sandbox: RunningSandbox;
  patientId: string;
  typeId: string;
}

/** What the sandbox holds of one appointment, as the soak last changed it: the ground truth. */
interface Appointment {
  id: string;
  calendar: Calendar;
  startsAt: number;
  pmStatus: '' | 'Cancelled' | 'No-Show';
  deleted: boolean;
}

export interface Calendar {
  id: string;
  clinic: Clinic;
  providerId: string;
}

const DAY = 86_400_000;
const expectedStatus = { '': 'booked', Cancelled: 'cancelled', 'No-Show': 'no_show' } as const;
/** Appointment ids are the organization's: the same id can be in two workspaces. */
const keyOf = (workspaceId: string, appointmentId: string) => `${workspaceId}/${appointmentId}`;
const random = <T,>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
/** A time 1 to 60 days ahead, on the hour: always inside the calendars' future. */
const futureTime = () => {
  const at = new Date(Date.now() + (1 + Math.floor(Math.random() * 60)) * DAY);
  at.setUTCHours(8 + Math.floor(Math.random() * 10), 0, 0, 0);
  return at.getTime();
};

/**
 * The soak's practice: workspaces, each connected to a Healthie organization of its own, with linked
 * calendars on providers of their own, and every appointment the soak created or changed there.
 */
export class SoakPractice {
  readonly clinics: Clinic[] = [];
  readonly calendars: Calendar[] = [];
  readonly appointments = new Map<string, Appointment>();
  changes = 0;
  clicks = { sent: 0, refused: 0 };

  constructor(private readonly apiUrl: string) {}

  private async control<T>(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${sandbox.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  private async api(clinic: Clinic, method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.apiUrl}/api/v1/workspaces/${clinic.workspaceId}${path}`, {
      method,
      headers: { authorization: `Bearer ${clinic.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }

  /**
   * As each clinic's admin: connect the workspace to its organization, then link its calendars (the
   * first link registers the workspace's Healthie webhook, at PUBLIC_URL), and see it healthy.
   */
  async setUp(database: Database, sandboxes: RunningSandbox[], size: { calendarsPerWorkspace: number; appointmentsPerCalendar: number }): Promise<void> {
    for (const [w, sandbox] of sandboxes.entries()) {
      const workspace = await createWorkspace(database.db, { name: `Soak ${w}`, slug: `soak-${w}`, features: ['ehr_healthie'] });
      const { token } = await issueApiKey(database.db, { workspaceId: workspace.id, name: 'soak', scopes: allScopes });
      const typeId = (await this.control<{ appointmentType: { id: string } }>(sandbox, 'POST', '/_sandbox/appointment-types', { name: 'Visit', length: 30 })).appointmentType.id;
      const patientId = (await this.control<{ patient: { id: string } }>(sandbox, 'POST', '/_sandbox/patients', { first_name: 'Soak', last_name: 'Patient', email: 'soak.patient@example.com' })).patient.id;
      const clinic: Clinic = { workspaceId: workspace.id, token, sandbox, patientId, typeId };
      this.clinics.push(clinic);
      const connect = await this.api(clinic, 'PUT', '/connections/healthie', { apiKey: sandbox.apiKeys[0]!.key, baseUrl: sandbox.url });
      if (!connect.ok) throw new Error(`connect failed: ${connect.status}`);
      for (let c = 0; c < size.calendarsPerWorkspace; c++) {
        const n = w * size.calendarsPerWorkspace + c;
        const { provider } = await this.control<{ provider: { id: string } }>(sandbox, 'POST', '/_sandbox/providers', { first_name: 'Provider', last_name: `P${n}`, email: `provider${n}@clinic.example`, timezone: 'UTC' });
        const created = await (await this.api(clinic, 'POST', '/calendars', { name: `Calendar ${n}`, timezone: 'UTC' })).json() as { id: string };
        const calendar = { id: created.id, clinic, providerId: provider.id };
        this.calendars.push(calendar);
        for (let a = 0; a < size.appointmentsPerCalendar; a++) await this.create(calendar);
        const link = await this.api(clinic, 'PUT', `/calendars/${calendar.id}/healthie-link`, { providerId: provider.id });
        if (!link.ok) throw new Error(`link failed: ${link.status}`);
      }
      const webhook = await (await this.api(clinic, 'GET', '/healthie/webhooks')).json() as { status: string; reason: string | null };
      if (webhook.status !== 'healthy') throw new Error(`the workspace's webhook is ${webhook.status}: ${webhook.reason}`);
    }
  }

  private async create(calendar: Calendar): Promise<void> {
    const startsAt = futureTime();
    const { clinic } = calendar;
    const { appointment } = await this.control<{ appointment: { id: string } }>(clinic.sandbox, 'POST', '/_sandbox/appointments', {
      user_id: clinic.patientId,
      other_party_id: calendar.providerId,
      appointment_type_id: clinic.typeId,
      contact_type: 'Phone Call',
      datetime: new Date(startsAt).toISOString(),
    });
    this.appointments.set(keyOf(clinic.workspaceId, appointment.id), { id: appointment.id, calendar, startsAt, pmStatus: '', deleted: false });
  }

  /** One change in Healthie, as the practice makes them all day: a booking, a move, a status, a deletion. */
  async change(): Promise<void> {
    this.changes += 1;
    const live = [...this.appointments.values()].filter((a) => !a.deleted);
    const roll = Math.random();
    if (roll < 0.3 || live.length === 0) return this.create(random(this.calendars));
    const appointment = random(live);
    const { id, calendar: { clinic: { sandbox } } } = appointment;
    if (roll < 0.55) {
      appointment.startsAt = futureTime();
      await this.control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { datetime: new Date(appointment.startsAt).toISOString() });
    } else if (roll < 0.85) {
      appointment.pmStatus = random(['', 'Cancelled', 'No-Show'] as const);
      await this.control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { pm_status: appointment.pmStatus });
    } else {
      appointment.deleted = true;
      await this.control(sandbox, 'DELETE', `/_sandbox/appointments/${id}`);
    }
  }

  /** Sync Now on a calendar, through the load balancer; a refusal (a process down) is counted, not fatal. */
  async syncNow(calendar: Calendar = random(this.calendars)): Promise<void> {
    this.clicks.sent += 1;
    const res = await this.api(calendar.clinic, 'POST', `/calendars/${calendar.id}/sync`).catch(() => null);
    if (!res?.ok) this.clicks.refused += 1;
  }

  /**
   * Every appointment against the calendars' events: lost (a live one missing, or held with another
   * time or status; a deleted one still shown as not cancelled) and duplicated (one appointment
   * held by more than one event).
   */
  async verify(database: Database): Promise<{ checked: number; lost: number; duplicated: number }> {
    const { rows } = await database.query<{ workspace_id: string; external_id: string; calendar_id: string; starts_at: Date; status: string }>(
      "select workspace_id, external_id, calendar_id, starts_at, status from calendar_events where external_source = 'healthie'",
    );
    const byAppointment = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = keyOf(row.workspace_id, row.external_id);
      byAppointment.set(key, [...(byAppointment.get(key) ?? []), row]);
    }
    let lost = 0;
    for (const [key, expected] of this.appointments) {
      const [event] = byAppointment.get(key) ?? [];
      const right = expected.deleted
        ? !event || event.status === 'cancelled'
        : event?.calendar_id === expected.calendar.id && event.starts_at.getTime() === expected.startsAt && event.status === expectedStatus[expected.pmStatus];
      if (!right) lost += 1;
    }
    const duplicated = [...byAppointment.values()].filter((events) => events.length > 1).length;
    return { checked: this.appointments.size, lost, duplicated };
  }
}
