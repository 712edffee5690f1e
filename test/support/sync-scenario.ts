import { executeSyncRun } from '../../src/integration/calendar-sync/run-sync.ts';
import { getRun } from '../../src/integration/calendar-sync/sync-runs.ts';
import { bearer, type ApiFixture, type TestWorkspace } from './api-fixture.ts';
import type { TestSandbox } from './sandbox.ts';

/** A calendar event as the events answer gives it (times as ISO strings). */
export interface ListedEvent {
  title: string;
  status: string;
  startsAt: string;
  durationMinutes: number;
  memberId: string | null;
  member: { id: string; name: string } | null;
  eventTypeId: string | null;
  contactType: string | null;
  external: { source: string; id: string };
  lastSyncedAt: string | null;
  updatedAt: string;
}

interface Created<T> {
  [field: string]: T;
}

/** A small practice built through the sandbox's control API, and a workspace connected to it. */
export class SyncScenario {
  providerId = '';
  otherProviderId = '';
  patientIds: string[] = [];
  typeIds: { intake: string; followUp: string; otherProviders: string } = { intake: '', followUp: '', otherProviders: '' };
  calendarId = '';

  constructor(
    readonly fx: ApiFixture,
    readonly sandbox: TestSandbox,
    readonly ws: TestWorkspace,
  ) {}

  get base() {
    return `/api/v1/workspaces/${this.ws.workspace.id}`;
  }

  async setUp(options: { patients?: number } = {}): Promise<void> {
    await this.sandbox.control('POST', '/_sandbox/reset', { seed: 'empty' });
    const provider = await this.sandbox.control<Created<{ id: string }>>('POST', '/_sandbox/providers', {
      first_name: 'Dana',
      last_name: 'Reyes',
      email: 'dana.reyes@clinic.example',
      timezone: 'America/New_York',
    });
    this.providerId = provider.provider!.id;
    const other = await this.sandbox.control<Created<{ id: string }>>('POST', '/_sandbox/providers', { first_name: 'Omar', last_name: 'Other', email: 'omar@clinic.example' });
    this.otherProviderId = other.provider!.id;
    for (let i = 0; i < (options.patients ?? 3); i++) {
      const patient = await this.sandbox.control<Created<{ id: string }>>('POST', '/_sandbox/patients', {
        first_name: `Patient${i}`,
        last_name: 'Test',
        email: `patient${i}@example.com`,
        dietitian_id: this.providerId,
      });
      this.patientIds.push(patient.patient!.id);
    }
    const type = async (name: string, length: number, providers: string[]) =>
      (await this.sandbox.control<Created<{ id: string }>>('POST', '/_sandbox/appointment-types', { name, length, provider_ids_for_appt_type_connections: providers })).appointmentType!.id;
    this.typeIds = {
      intake: await type('Initial Intake', 60, [this.providerId]),
      followUp: await type('Follow-up Visit', 30, [this.providerId]),
      otherProviders: await type('Group Class', 90, [this.otherProviderId]),
    };
    const connect = await this.fx.app.inject({
      method: 'PUT',
      url: `${this.base}/connections/healthie`,
      headers: bearer(this.ws.token),
      payload: { apiKey: this.sandbox.adminKey, baseUrl: this.sandbox.url },
    });
    if (connect.statusCode !== 200) throw new Error(`connect failed: ${connect.body}`);
    const calendar = await this.fx.app.inject({
      method: 'POST',
      url: `${this.base}/calendars`,
      headers: bearer(this.ws.token),
      payload: { name: 'Dr. Reyes', timezone: 'America/New_York' },
    });
    this.calendarId = calendar.json().id;
  }

  /**
   * An appointment `days` from now (negative: past) at `hour` UTC. `pmStatus` "Confirmed" is the
   * provider's confirmation, which Healthie keeps as the appointment's `confirmed` flag.
   */
  async appointment(input: {
    days: number;
    hour?: number;
    pmStatus?: string;
    type?: keyof SyncScenario['typeIds'];
    patient?: number;
    provider?: string;
    contactType?: string;
  }): Promise<string> {
    const at = new Date();
    at.setUTCDate(at.getUTCDate() + input.days);
    at.setUTCHours(input.hour ?? 15, 0, 0, 0);
    const created = await this.sandbox.control<Created<{ id: string }>>('POST', '/_sandbox/appointments', {
      user_id: this.patientIds[input.patient ?? 0],
      other_party_id: input.provider ?? this.providerId,
      appointment_type_id: this.typeIds[input.type ?? 'intake'],
      contact_type: input.contactType ?? 'Phone Call',
      datetime: at.toISOString(),
    });
    const id = created.appointment!.id;
    // Healthie sets the status on an existing appointment, as a person marks it in the calendar.
    if (input.pmStatus) await this.mark(id, input.pmStatus);
    return id;
  }

  /** Marks an appointment as a person would: a pm_status, or "Confirmed" (the provider's confirmed flag). */
  async mark(appointmentId: string, status: string): Promise<void> {
    await this.change(appointmentId, status === 'Confirmed' ? { confirmed: true } : { pm_status: status });
  }

  async change(appointmentId: string, changes: Record<string, unknown>): Promise<void> {
    await this.sandbox.control('PATCH', `/_sandbox/appointments/${appointmentId}`, changes);
  }

  async remove(appointmentId: string): Promise<void> {
    await this.sandbox.control('DELETE', `/_sandbox/appointments/${appointmentId}`);
  }

  /** Link & Sync through the API; returns the initial run after a worker ran it. */
  async link(providerId = this.providerId) {
    const res = await this.fx.app.inject({
      method: 'PUT',
      url: `${this.base}/calendars/${this.calendarId}/healthie-link`,
      headers: bearer(this.ws.token),
      payload: { providerId },
    });
    if (res.statusCode !== 200) throw new Error(`link failed: ${res.statusCode} ${res.body}`);
    return this.work(res.json().run.id);
  }

  /** Sync Now through the API, then a worker runs it. */
  async syncNow() {
    const res = await this.fx.app.inject({ method: 'POST', url: `${this.base}/calendars/${this.calendarId}/sync`, headers: bearer(this.ws.token) });
    if (res.statusCode >= 300) throw new Error(`sync failed: ${res.statusCode} ${res.body}`);
    return this.work(res.json().run.id);
  }

  /** Runs the queued run here, or (when a job worker took it first) waits for it to end. */
  async work(runId: string) {
    const run = await executeSyncRun(this.fx.ctx, runId);
    if (run) return run;
    for (let waited = 0; waited < 15_000; waited += 50) {
      const current = await getRun(this.fx.database.db, runId);
      if (current && (current.status === 'succeeded' || current.status === 'failed')) return current;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the run did not end');
  }

  async events(): Promise<ListedEvent[]> {
    const from = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 400 * 86_400_000).toISOString();
    const res = await this.fx.app.inject({ url: `${this.base}/calendars/${this.calendarId}/events?from=${from}&to=${to}&limit=5000`, headers: bearer(this.ws.token) });
    return res.json();
  }

  async eventByHealthieId(id: string) {
    return (await this.events()).find((e) => e.external.id === id);
  }

  /** Everything a sync writes, for comparing two end states row by row. */
  async snapshot(): Promise<string> {
    const { rows } = await this.fx.database.query(
      `select e.external_id, e.title, e.starts_at, e.ends_at, e.duration_minutes, e.status, t.external_id as type, e.member_id
         from calendar_events e left join calendar_event_types t on t.id = e.event_type_id
        where e.calendar_id = $1 order by e.external_id`,
      [this.calendarId],
    );
    return JSON.stringify(rows);
  }
}
