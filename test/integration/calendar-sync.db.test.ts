import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { REFRESH_STATISTICS_AFTER } from '../../src/db/table-statistics.ts';
import { estimatedPageSizes as healthiePageSizes } from '../../src/healthie/page-sizes.ts';
import { applyEvents, upsertEvents } from '../../src/integration/calendar-sync/apply-events.ts';
import { toEventFields } from '../../src/integration/calendar-sync/appointment-event.ts';
import { clientForWorkspace } from '../../src/integration/connection/connection-client.ts';
import { syncAppointment } from '../../src/integration/calendar-sync/sync-appointment.ts';
import { setMemberField, createMember } from '../../src/workspace/members.ts';
import { setFeature } from '../../src/workspace/workspaces.ts';
import { bearer, createApiFixture, type ApiFixture } from '../support/api-fixture.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';
import { SyncScenario } from '../support/sync-scenario.ts';

let sandbox: TestSandbox;
let fx: ApiFixture;
let s: SyncScenario;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
  fx = await createApiFixture({ allowedHosts: [sandbox.hostPort] });
});
afterAll(async () => {
  await fx.close();
  await sandbox.close();
});
beforeEach(async () => {
  await fx.database.truncate();
  await sandbox.setFaults({});
  s = new SyncScenario(fx, sandbox, await fx.createTestWorkspace('Sync'));
  await s.setUp();
});

describe('Link & Sync', () => {
  it("imports the provider's appointment types as event types, then syncs future appointments with the type's name and duration", async () => {
    const id = await s.appointment({ days: 3, type: 'intake' });
    const run = await s.link();
    expect(run).toMatchObject({ kind: 'initial', status: 'succeeded', counts: { fetched: 1, created: 1, updated: 0, cancelled: 0, unchanged: 0 } });
    // The types came with the link; the initial run asks Healthie only for the appointments' one page.
    expect(run.requests).toBe(1);
    const types = await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/event-types`, headers: bearer(s.ws.token) });
    expect(types.json().map((t: { name: string; durationMinutes: number }) => [t.name, t.durationMinutes]).sort()).toEqual([
      ['Follow-up Visit', 30],
      ['Initial Intake', 60],
    ]);
    const event = await s.eventByHealthieId(id);
    expect(event).toMatchObject({ title: 'Initial Intake', durationMinutes: 60, status: 'booked', external: { source: 'healthie', id } });
    expect(event!.eventTypeId).toBe(types.json().find((t: { name: string }) => t.name === 'Initial Intake').id);
    const calendar = await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}`, headers: bearer(s.ws.token) });
    expect(calendar.json()).toMatchObject({ source: 'healthie', sourceSettings: { providerId: s.providerId, providerName: 'Dana Reyes' } });
  });

  it.each([
    ['', 'booked'],
    ['Confirmed', 'confirmed'],
    ['Checked-In', 'confirmed'],
    ['Occurred', 'completed'],
    ['No-Show', 'no_show'],
    ['Cancelled', 'cancelled'],
    ['Late Cancellation', 'cancelled'],
    ['Re-Scheduled', 'cancelled'],
  ])('maps Healthie status %j to %s', async (pmStatus, status) => {
    const id = await s.appointment({ days: 2, pmStatus });
    await s.link();
    expect((await s.eventByHealthieId(id))?.status).toBe(status);
  });

  it('links the event to the member linked to the appointment\'s patient', async () => {
    const member = await createMember(fx.database.db, s.ws.workspace.id, { firstName: 'Pat', lastName: 'Zero' }, 'US');
    await setMemberField(fx.database.db, s.ws.workspace.id, member.id, 'healthie:patient_id', s.patientIds[0]!);
    const linkedId = await s.appointment({ days: 1, patient: 0 });
    const unlinkedId = await s.appointment({ days: 1, patient: 1 });
    await s.link();
    expect((await s.eventByHealthieId(linkedId))?.memberId).toBe(member.id);
    expect((await s.eventByHealthieId(unlinkedId))?.memberId).toBeNull();
    const theirs = await fx.app.inject({ url: `${s.base}/members/${member.id}/events`, headers: bearer(s.ws.token) });
    expect(theirs.json()).toEqual([expect.objectContaining({ external: { source: 'healthie', id: linkedId }, calendar: { id: s.calendarId, name: 'Dr. Reyes', timezone: 'America/New_York' } })]);
  });

  it('syncs only future appointments: a provider with only past ones gives 0 events', async () => {
    // Two days back is before today in the calendar's zone whatever the hour (one day back may still be its today).
    await s.appointment({ days: -2 });
    await s.appointment({ days: -30, pmStatus: 'Occurred' });
    const run = await s.link();
    expect(run).toMatchObject({ status: 'succeeded', counts: { fetched: 0, created: 0 } });
    expect(await s.events()).toEqual([]);
  });

  it("does not sync another provider's appointments", async () => {
    await s.appointment({ days: 2, provider: s.otherProviderId, type: 'otherProviders' });
    const mine = await s.appointment({ days: 2 });
    await s.link();
    expect((await s.events()).map((e) => e.external.id)).toEqual([mine]);
  });

  it('offers only internal calendars: a linked calendar or an already linked provider is refused', async () => {
    await s.link();
    const again = await fx.app.inject({ method: 'PUT', url: `${s.base}/calendars/${s.calendarId}/healthie-link`, headers: bearer(s.ws.token), payload: { providerId: s.otherProviderId } });
    expect(again.statusCode).toBe(409);
    const second = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars`, headers: bearer(s.ws.token), payload: { name: 'Second', timezone: 'UTC' } });
    const sameProvider = await fx.app.inject({ method: 'PUT', url: `${s.base}/calendars/${second.json().id}/healthie-link`, headers: bearer(s.ws.token), payload: { providerId: s.providerId } });
    expect(sameProvider.statusCode).toBe(409);
    expect(sameProvider.json().error.message).toContain('Dr. Reyes');
    const unknown = await fx.app.inject({ method: 'PUT', url: `${s.base}/calendars/${second.json().id}/healthie-link`, headers: bearer(s.ws.token), payload: { providerId: '999999' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_provider');
  });
});

describe('Sync Now', () => {
  it('picks up appointments edited, rescheduled, cancelled, deleted and moved into the past between two syncs', async () => {
    const edited = await s.appointment({ days: 2, type: 'intake' });
    const rescheduled = await s.appointment({ days: 3 });
    const cancelled = await s.appointment({ days: 4, pmStatus: 'Confirmed' });
    const deleted = await s.appointment({ days: 5 });
    const movedToPast = await s.appointment({ days: 6 });
    const untouched = await s.appointment({ days: 7 });
    await s.link();

    await s.change(edited, { appointment_type_id: s.typeIds.followUp });
    const newTime = new Date(Date.now() + 10 * 86_400_000);
    newTime.setUTCHours(18, 30, 0, 0);
    await s.change(rescheduled, { datetime: newTime.toISOString() });
    await s.change(cancelled, { pm_status: 'Cancelled' });
    await s.remove(deleted);
    const past = new Date(Date.now() - 2 * 86_400_000);
    await s.change(movedToPast, { datetime: past.toISOString() });
    const added = await s.appointment({ days: 8 });

    const run = await s.syncNow();
    expect(run).toMatchObject({ kind: 'manual', status: 'succeeded', counts: { created: 1, updated: 3, cancelled: 2, unchanged: 1 } });
    expect(await s.eventByHealthieId(edited)).toMatchObject({ title: 'Follow-up Visit', durationMinutes: 30 });
    expect((await s.eventByHealthieId(rescheduled))?.startsAt).toBe(newTime.toISOString());
    expect((await s.eventByHealthieId(cancelled))?.status).toBe('cancelled');
    expect((await s.eventByHealthieId(deleted))?.status).toBe('cancelled');
    const moved = await s.eventByHealthieId(movedToPast);
    expect(moved?.status).toBe('booked');
    expect(new Date(moved!.startsAt).getTime()).toBeLessThan(Date.now());
    expect((await s.eventByHealthieId(untouched))?.status).toBe('booked');
    expect(await s.eventByHealthieId(added)).toBeDefined();
  });

  it('is idempotent: a second run with nothing changed writes nothing', async () => {
    for (let i = 0; i < 5; i++) await s.appointment({ days: i + 1, pmStatus: i % 2 ? 'Confirmed' : '' });
    await s.link();
    const before = await s.snapshot();
    const { rows: stamps } = await fx.database.query<{ t: string }>('select max(updated_at)::text as t from calendar_events', []);
    const run = await s.syncNow();
    expect(run.counts).toEqual({ fetched: 5, created: 0, updated: 0, cancelled: 0, unchanged: 5, skipped: 0 });
    expect(await s.snapshot()).toBe(before);
    const { rows: after } = await fx.database.query<{ t: string }>('select max(updated_at)::text as t from calendar_events', []);
    expect(after[0]!.t).toBe(stamps[0]!.t);
  });

  it("refreshes the planner's statistics after a pass that wrote many events, not after a pass that changed nothing", async () => {
    const created = Array.from({ length: REFRESH_STATISTICS_AFTER }, (_, i) => ({ days: 1 + Math.floor(i / 10), hour: 8 + (i % 10) }));
    for (let i = 0; i < created.length; i += 50) await Promise.all(created.slice(i, i + 50).map((at) => s.appointment(at)));
    const picture = async () =>
      (
        await fx.database.query<{ reltuples: number; analyzed: number }>(
          "select c.reltuples::float8 as reltuples, s.analyze_count::int as analyzed from pg_class c join pg_stat_user_tables s on s.relid = c.oid where c.relname = 'calendar_events'",
          [],
        )
      ).rows[0]!;
    const before = await picture();
    expect((await s.link()).counts.created).toBe(REFRESH_STATISTICS_AFTER);
    const linked = await picture();
    expect(linked.analyzed).toBe(before.analyzed + 1);
    expect(linked.reltuples).toBeGreaterThanOrEqual(REFRESH_STATISTICS_AFTER);
    expect((await s.syncNow()).counts.unchanged).toBe(REFRESH_STATISTICS_AFTER);
    expect((await picture()).analyzed).toBe(linked.analyzed);

    // A second calendar as large as the first: the statistics have never seen it.
    const others = created.map((at) => ({ ...at, days: at.days + 200, provider: s.otherProviderId, type: 'otherProviders' as const }));
    for (let i = 0; i < others.length; i += 50) await Promise.all(others.slice(i, i + 50).map((at) => s.appointment(at)));
    const second = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars`, headers: bearer(s.ws.token), payload: { name: 'Dr. Other', timezone: 'America/New_York' } });
    const link = await fx.app.inject({ method: 'PUT', url: `${s.base}/calendars/${second.json().id}/healthie-link`, headers: bearer(s.ws.token), payload: { providerId: s.otherProviderId } });
    expect((await s.work(link.json().run.id)).counts.created).toBe(REFRESH_STATISTICS_AFTER);
    expect((await picture()).analyzed).toBe(linked.analyzed + 1);
  });

  it('joins the run already queued instead of starting a second', async () => {
    await s.appointment({ days: 1 });
    await s.link();
    const first = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) });
    const second = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) });
    expect(first.statusCode).toBe(202);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ joined: true, run: { id: first.json().run.id } });
    await s.work(first.json().run.id);
    const runs = await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/sync-runs`, headers: bearer(s.ws.token) });
    expect(runs.json().map((r: { kind: string; status: string }) => `${r.kind}:${r.status}`)).toEqual(['manual:succeeded', 'initial:succeeded']);
  });

  it('ends with the same events as a clean run when Healthie fails 10% of requests, rate-limits in bursts and is slow', async () => {
    for (let i = 0; i < 40; i++) await s.appointment({ days: (i % 20) + 1, hour: 8 + (i % 9), pmStatus: ['', 'Confirmed', 'Cancelled'][i % 3]!, patient: i % 3 });
    await s.link();
    const clean = await s.snapshot();
    await fx.database.query('delete from calendar_events');
    await sandbox.setFaults({ errorRate: 0.1, tooManyRequestsEvery: 4, latencyMs: 20 });
    const run = await s.syncNow();
    await sandbox.setFaults({});
    expect(run.status).toBe('succeeded');
    expect(run.counts.created).toBe(40);
    expect(await s.snapshot()).toBe(clean);
    const { rows } = await fx.database.query<{ n: number }>('select count(*)::int as n from calendar_events', []);
    expect(rows[0]!.n).toBe(40);
  });

  it('fails clearly and destroys nothing when the key is revoked; the connection shows Error on the calendar; the next good run catches up', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    await sandbox.control('POST', `/_sandbox/api-keys/${sandbox.adminKey}/revoke`);
    await s.mark(id, 'Confirmed');
    const failed = await s.syncNow();
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^Healthie refused the API key .*Settings > API/);
    expect((await s.events()).length).toBe(1);
    const links = await fx.app.inject({ url: `${s.base}/healthie/calendar-links`, headers: bearer(s.ws.token) });
    expect(links.json()[0]).toMatchObject({ connection: { status: 'error' }, lastError: failed.error, consecutiveFailures: 1 });

    const keys = await sandbox.control<{ apiKeys: Array<{ key: string; revoked: boolean; userId: string }> }>('GET', '/_sandbox/api-keys');
    const fresh = keys.apiKeys.find((k) => !k.revoked)!.key;
    expect((await fx.app.inject({ method: 'PUT', url: `${s.base}/connections/healthie`, headers: bearer(s.ws.token), payload: { apiKey: fresh, baseUrl: sandbox.url } })).statusCode).toBe(200);
    const recovered = await s.syncNow();
    expect(recovered).toMatchObject({ status: 'succeeded', counts: { updated: 1 } });
    expect((await s.eventByHealthieId(id))?.status).toBe('confirmed');
  });
});

describe('Unlink', () => {
  it('reverts the calendar to internal; its events and event types stay and are no longer updated', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    const unlinked = await fx.app.inject({ method: 'DELETE', url: `${s.base}/calendars/${s.calendarId}/healthie-link`, headers: bearer(s.ws.token) });
    expect(unlinked.json().calendar).toMatchObject({ source: 'internal', sourceSettings: {} });
    await s.change(id, { pm_status: 'Cancelled' });
    const sync = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) });
    expect(sync.statusCode).toBe(409);
    expect(await s.eventByHealthieId(id)).toMatchObject({ status: 'booked' });
    const types = await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/event-types`, headers: bearer(s.ws.token) });
    expect(types.json()).toHaveLength(2);
  });
});

describe('relinking and unlinking around runs', () => {
  it("relinked to another provider, leaves the first provider's events alone instead of cancelling them", async () => {
    const fromA = [await s.appointment({ days: 2 }), await s.appointment({ days: 3 })];
    await s.link();
    await fx.app.inject({ method: 'DELETE', url: `${s.base}/calendars/${s.calendarId}/healthie-link`, headers: bearer(s.ws.token) });
    const fromB = await s.appointment({ days: 4, provider: s.otherProviderId, type: 'otherProviders' });
    const run = await s.link(s.otherProviderId);
    expect(run).toMatchObject({ status: 'succeeded', counts: { created: 1, cancelled: 0 } });
    for (const id of fromA) expect((await s.eventByHealthieId(id))?.status).toBe('booked');
    expect(await s.eventByHealthieId(fromB)).toBeDefined();
    expect(run.requests).toBeLessThanOrEqual(3);
  });

  it('unlinking ends a queued run: no worker takes it afterwards', async () => {
    await s.appointment({ days: 2 });
    await s.link();
    const queued = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) });
    await fx.app.inject({ method: 'DELETE', url: `${s.base}/calendars/${s.calendarId}/healthie-link`, headers: bearer(s.ws.token) });
    const runs = await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/sync-runs`, headers: bearer(s.ws.token) });
    expect(runs.json()[0]).toMatchObject({ id: queued.json().run.id, status: 'failed', error: expect.stringContaining('unlinked') });
    const { executeSyncRun } = await import('../../src/integration/calendar-sync/run-sync.ts');
    expect(await executeSyncRun(fx.ctx, queued.json().run.id)).toBeNull();
  });

  it('a run whose calendar is unlinked while it works stops within a second, leaving the rest unwritten', async () => {
    for (let i = 0; i < 600; i++) await s.appointment({ days: (i % 50) + 1, hour: 8 + (i % 9) });
    await sandbox.setFaults({ latencyMs: 700 });
    const linking = s.link();
    // Unlink once the run has written its first page, however slow the machine is.
    for (let fetched = 0; fetched === 0; ) {
      await new Promise((r) => setTimeout(r, 100));
      const { rows } = await fx.database.query<{ fetched: number }>(
        "select coalesce(max((counts->>'fetched')::int), 0) as fetched from calendar_sync_runs where calendar_id = $1 and status = 'running'",
        [s.calendarId],
      );
      fetched = rows[0]!.fetched;
    }
    const unlinked = await fx.app.inject({ method: 'DELETE', url: `${s.base}/calendars/${s.calendarId}/healthie-link`, headers: bearer(s.ws.token) });
    expect(unlinked.statusCode).toBe(200);
    const run = await linking;
    await sandbox.setFaults({});
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/unlinked|stopped/);
    // Pages take 700 ms here: at most the pages of the next second are written after the unlink.
    expect((await s.events()).length).toBeLessThanOrEqual(healthiePageSizes.appointments * 3);
  });
});

describe('scheduled sync', () => {
  it('reads only what changed since the last success, newest change first, and catches up the change', async () => {
    // Healthie's updated_at has second precision: the pauses put the changes in later seconds.
    const pause = () => new Promise((r) => setTimeout(r, 1100));
    for (let i = 0; i < 30; i++) await s.appointment({ days: i + 1 });
    await pause();
    await s.appointment({ days: 35 });
    await s.link();
    await pause();
    const changed = await s.appointment({ days: 40 });
    const { requestSync } = await import('../../src/integration/calendar-sync/request-sync.ts');
    const { run } = await requestSync(fx.ctx, { workspaceId: s.ws.workspace.id, calendarId: s.calendarId, kind: 'scheduled', mode: 'incremental' });
    const incremental = await s.work(run.id);
    expect(incremental).toMatchObject({ kind: 'scheduled', mode: 'incremental', status: 'succeeded' });
    expect(incremental.counts.created).toBe(1);
    expect(incremental.counts.fetched).toBeLessThanOrEqual(2);
    // The provider's types, then one page of changes.
    expect(incremental.requests).toBe(2);
    expect(await s.eventByHealthieId(changed)).toBeDefined();
  });
});

describe('one appointment at a time (the webhook path)', () => {
  it('applies a created, changed, moved-away and deleted appointment to the right calendar', async () => {
    const { syncAppointment } = await import('../../src/integration/calendar-sync/sync-appointment.ts');
    await s.link();
    const one = (appointmentId: string) => syncAppointment(fx.ctx, { workspaceId: s.ws.workspace.id, appointmentId });
    const id = await s.appointment({ days: 2, type: 'followUp' });
    expect(await one(id)).toEqual({ calendarId: s.calendarId, outcome: 'created' });
    expect(await s.eventByHealthieId(id)).toMatchObject({ title: 'Follow-up Visit', status: 'booked' });
    expect(await one(id)).toEqual({ calendarId: s.calendarId, outcome: 'unchanged' });
    await s.mark(id, 'Confirmed');
    expect((await one(id)).outcome).toBe('updated');
    await s.change(id, { other_party_id: s.otherProviderId, appointment_type_id: s.typeIds.otherProviders });
    expect(await one(id)).toEqual({ calendarId: null, outcome: 'cancelled' });
    const other = await s.appointment({ days: 3 });
    await one(other);
    await s.remove(other);
    expect(await one(other)).toEqual({ calendarId: null, outcome: 'cancelled' });
    expect((await s.eventByHealthieId(other))?.status).toBe('cancelled');
  });
});

describe('the scheduler', () => {
  /** The cron tick, then each calendar's job it queued. */
  const tick = async () => {
    const { CALENDAR_SCHEDULED_SYNC_JOB, calendarScheduledSyncJob, scheduledSyncJob } = await import('../../src/integration/calendar-sync/sync-jobs.ts');
    const jobCtx = { database: fx.database, logger: fx.ctx.logger };
    fx.sentJobs.length = 0;
    await scheduledSyncJob(fx.ctx).handler({}, jobCtx);
    for (const job of fx.sentJobs.filter((j) => j.name === CALENDAR_SCHEDULED_SYNC_JOB)) {
      await calendarScheduledSyncJob(fx.ctx).handler(job.data as { workspaceId: string; calendarId: string }, jobCtx);
    }
  };

  it('queues an incremental run for each linked calendar after a full one, a full one when it is due, and none while the connection is in Error', async () => {
    const runs = async () => (await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/sync-runs`, headers: bearer(s.ws.token) })).json();
    await s.appointment({ days: 1 });
    await s.link();
    await tick();
    const [incremental] = await runs();
    expect(incremental).toMatchObject({ kind: 'scheduled', mode: 'incremental', status: 'queued' });
    expect((await s.work(incremental.id)).status).toBe('succeeded');

    await fx.database.query("update calendar_sync_states set last_full_sync_at = now() - interval '7 hours'");
    await tick();
    const [full] = await runs();
    expect(full).toMatchObject({ kind: 'scheduled', mode: 'full', status: 'queued' });
    await s.work(full.id);

    await sandbox.control('POST', `/_sandbox/api-keys/${sandbox.adminKey}/revoke`);
    await fx.app.inject({ method: 'POST', url: `${s.base}/connections/healthie/check`, headers: bearer(s.ws.token) });
    const before = (await runs()).length;
    await tick();
    expect((await runs()).length).toBe(before);
  });

  it('queues nothing for a workspace whose Healthie feature was turned off, and a queued run does not reach Healthie', async () => {
    await s.appointment({ days: 1 });
    await s.link();
    const queued = (await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) })).json().run;
    await setFeature(fx.database.db, s.ws.workspace.id, 'ehr_healthie', false);
    await tick();
    const { rows } = await fx.database.query<{ n: number }>("select count(*)::int as n from calendar_sync_runs where kind = 'scheduled'");
    expect(rows[0]!.n).toBe(0);
    await sandbox.control('DELETE', '/_sandbox/stats');
    expect(await s.work(queued.id)).toMatchObject({ status: 'failed', errorCode: 'feature_disabled' });
    expect((await sandbox.control<{ total: number }>('GET', '/_sandbox/stats')).total).toBe(0);
  });
});

describe('provider directory', () => {
  it('is fresh each time a page asks: a provider added in Healthie shows at once, a revoked key shows Error at once', async () => {
    const names = async () => (await fx.app.inject({ url: `${s.base}/healthie/providers`, headers: bearer(s.ws.token) })).json().map((p: { name: string }) => p.name);
    expect(await names()).not.toContain('Nia Newcomer');
    await sandbox.control('POST', '/_sandbox/providers', { first_name: 'Nia', last_name: 'Newcomer', email: 'nia@clinic.example' });
    expect(await names()).toContain('Nia Newcomer');
    await sandbox.control('POST', `/_sandbox/api-keys/${sandbox.adminKey}/revoke`);
    const refused = await fx.app.inject({ url: `${s.base}/healthie/providers`, headers: bearer(s.ws.token) });
    expect(refused.json().error.code).toBe('healthie_auth_failed');
    // The refusal is saved on the connection beside the answer, not before it: the next read shows it.
    const status = async () => (await fx.app.inject({ url: `${s.base}/connections/healthie/status`, headers: bearer(s.ws.token) })).json();
    await expect.poll(status, { timeout: 2_000 }).toMatchObject({ status: 'error', statusReasonCode: 'healthie_auth_failed' });
  });

  it('lists the providers and their appointment types from Healthie', async () => {
    const providers = await fx.app.inject({ url: `${s.base}/healthie/providers`, headers: bearer(s.ws.token) });
    expect(providers.json().map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Dana Reyes', 'Omar Other']));
    expect(providers.json().find((p: { name: string }) => p.name === 'Dana Reyes')).toEqual({ id: s.providerId, name: 'Dana Reyes', email: 'dana.reyes@clinic.example' });
    const types = await fx.app.inject({ url: `${s.base}/healthie/appointment-types?providerId=${s.providerId}`, headers: bearer(s.ws.token) });
    expect(types.json().map((t: { name: string }) => t.name)).toEqual(['Follow-up Visit', 'Initial Intake']);
  });

  it('explains, instead of an empty list, when the key may not list organization members', async () => {
    const restricted = sandbox.apiKeys.find((k) => !k.canListOrganizationMembers)!.key;
    await fx.app.inject({ method: 'PUT', url: `${s.base}/connections/healthie`, headers: bearer(s.ws.token), payload: { apiKey: restricted, baseUrl: sandbox.url } });
    const res = await fx.app.inject({ url: `${s.base}/healthie/providers`, headers: bearer(s.ws.token) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'healthie_no_providers' });
    expect(res.json().error.message).toContain('may not have permission to list organization members');
  });
});

describe('an appointment that cannot be stored as Healthie sent it', () => {
  const book = async (datetime: string, appointmentTypeId: string) =>
    (
      await sandbox.control<{ appointment: { id: string } }>('POST', '/_sandbox/appointments', {
        user_id: s.patientIds[0],
        other_party_id: s.providerId,
        appointment_type_id: appointmentTypeId,
        contact_type: 'Phone Call',
        datetime,
      })
    ).appointment.id;

  it('is clamped to the longest event a calendar holds when it lasts thousands of years', async () => {
    const { appointmentType } = await sandbox.control<{ appointmentType: { id: string } }>('POST', '/_sandbox/appointment-types', {
      name: 'Endless',
      length: 2_000_000_000,
      provider_ids_for_appt_type_connections: [s.providerId],
    });
    const endless = await book(new Date(Date.now() + 2 * 86_400_000).toISOString(), appointmentType.id);
    const fine = await s.appointment({ days: 3 });
    const run = await s.link();
    expect(run).toMatchObject({ status: 'succeeded', counts: { fetched: 2, created: 2, skipped: 0 } });
    expect((await s.eventByHealthieId(endless))?.durationMinutes).toBe(31 * 24 * 60);
    expect(await s.eventByHealthieId(fine)).toMatchObject({ title: 'Initial Intake', durationMinutes: 60 });
  });

  it('is skipped and counted when the database refuses one of its values, the rest of its page written', async () => {
    const before = await s.appointment({ days: 2 });
    const refused = await s.appointment({ days: 3, type: 'followUp' });
    const after = await s.appointment({ days: 4 });
    const linked = await fx.app.inject({ method: 'PUT', url: `${s.base}/calendars/${s.calendarId}/healthie-link`, headers: bearer(s.ws.token), payload: { providerId: s.providerId } });
    // Renamed between the link's import of the types and the initial run's read of the appointments:
    // PostgreSQL stores no NUL character in text.
    await sandbox.control('PATCH', `/_sandbox/appointment-types/${s.typeIds.followUp}`, { name: 'Follow-up\u0000' });
    const run = await s.work(linked.json().run.id);
    expect(run).toMatchObject({ status: 'succeeded', counts: { fetched: 3, created: 2, skipped: 1 } });
    expect((await s.events()).map((e) => e.external.id).sort()).toEqual([before, after].sort());
    expect(await s.eventByHealthieId(refused)).toBeUndefined();
  });

  it('is skipped and counted when its start cannot be placed, through the one-appointment path too', async () => {
    await s.link();
    const lastMonthOf9999 = await book('9999-12-31T23:30:00Z', s.typeIds.intake);
    expect(await syncAppointment(fx.ctx, { workspaceId: s.ws.workspace.id, appointmentId: lastMonthOf9999 })).toEqual({ calendarId: s.calendarId, outcome: 'ignored' });
    expect(await s.eventByHealthieId(lastMonthOf9999)).toBeUndefined();
  });

  it('never fails the page: a value the database refuses is skipped and counted, the rest written', async () => {
    await s.link();
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const event = (id: string, endsAt: Date) => ({
      externalId: id, title: 'Visit', startsAt, endsAt, durationMinutes: 30, status: 'booked' as const,
      eventTypeId: null, memberId: null, externalScope: s.providerId, externalPatientId: null, attendeeCount: null, externalUpdatedAt: null, contactType: null, workspaceEventId: null,
    });
    const counts = await applyEvents(fx.database.db, { workspaceId: s.ws.workspace.id, calendarId: s.calendarId }, [
      event('a-1', new Date(startsAt.getTime() + 1_800_000)),
      event('a-2', new Date(Date.UTC(10_000, 0, 1))),
      event('a-3', new Date(startsAt.getTime() + 1_800_000)),
    ]);
    expect(counts).toMatchObject({ created: 2, skipped: 1 });
    expect((await s.events()).map((e) => e.external.id).sort()).toEqual(['a-1', 'a-3']);

    // The same inside a caller's transaction (a sync's page, a webhook): the refused write undoes itself only.
    const inTransaction = await fx.database.db.transaction(async (tx) => {
      const page = await applyEvents(tx, { workspaceId: s.ws.workspace.id, calendarId: s.calendarId }, [
        event('b-1', new Date(startsAt.getTime() + 1_800_000)),
        event('b-2', new Date(Date.UTC(10_000, 0, 1))),
      ]);
      await tx.execute(sql`select 1`);
      return page;
    });
    expect(inTransaction).toMatchObject({ created: 1, skipped: 1 });
    expect((await s.events()).map((e) => e.external.id).sort()).toEqual(['a-1', 'a-3', 'b-1']);
  });
});

describe('Healthie as its documents describe it', () => {
  it("keeps today's earlier visits: the range is read with filter all, not Healthie's default future filter", async () => {
    // Half an hour ago, or just after midnight when that would be yesterday in UTC.
    const startOfToday = new Date();
    startOfToday.setUTCHours(0, 0, 1, 0);
    const earlier = new Date(Math.max(startOfToday.getTime(), Date.now() - 30 * 60_000));
    const { appointment } = await sandbox.control<{ appointment: { id: string } }>('POST', '/_sandbox/appointments', {
      user_id: s.patientIds[0],
      other_party_id: s.providerId,
      appointment_type_id: s.typeIds.intake,
      contact_type: 'Phone Call',
      datetime: earlier.toISOString(),
      timezone: 'UTC',
    });
    await fx.database.query("update calendars set timezone = 'UTC' where id = $1", [s.calendarId]);
    await s.link();
    expect(await s.eventByHealthieId(appointment.id)).toMatchObject({ status: 'booked' });
  });

  it("leaves out events pulled in from a provider's Google or Outlook calendar", async () => {
    const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
    await sandbox.control('POST', '/_sandbox/appointments', { other_party_id: s.providerId, external_id_type: 'Google', datetime: at, length: 60 });
    const real = await s.appointment({ days: 2 });
    await s.link();
    expect((await s.events()).map((e) => e.external.id)).toEqual([real]);
  });

  it('gives a group appointment no member but its attendee count, and reads confirmation from the confirmed flag', async () => {
    const { appointmentType } = await sandbox.control<{ appointmentType: { id: string } }>('POST', '/_sandbox/appointment-types', {
      name: 'Group Class',
      length: 60,
      is_group: true,
      provider_ids_for_appt_type_connections: [s.providerId],
    });
    const { appointment } = await sandbox.control<{ appointment: { id: string } }>('POST', '/_sandbox/appointments', {
      attendee_ids: s.patientIds,
      other_party_id: s.providerId,
      appointment_type_id: appointmentType.id,
      contact_type: 'Phone Call',
      datetime: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    await s.change(appointment.id, { confirmed: true });
    const member = (await fx.app.inject({ method: 'POST', url: `${s.base}/members`, headers: bearer(s.ws.token), payload: { firstName: 'Pat', email: 'patient0@example.com' } })).json();
    await fx.app.inject({ method: 'POST', url: `${s.base}/healthie/member-links`, headers: bearer(s.ws.token), payload: [{ memberId: member.id, patientId: s.patientIds[0] }] });
    await s.link();
    const event = (await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/events?limit=10`, headers: bearer(s.ws.token) })).json()[0];
    expect(event).toMatchObject({ title: 'Group Class', memberId: null, attendeeCount: s.patientIds.length, status: 'confirmed' });
  });

  it('offers a provider only the appointment types open to every provider or naming them', async () => {
    const type = async (name: string, body: Record<string, unknown>) =>
      sandbox.control('POST', '/_sandbox/appointment-types', { name, length: 30, ...body });
    await type('Open to all', { clients_can_book: false });
    await type('Only the other provider, not bookable by clients', { provider_ids_for_appt_type_connections: [s.otherProviderId], clients_can_book: false });
    await type('Only the other provider, bookable by clients', { provider_ids_for_appt_type_connections: [s.otherProviderId], clients_can_book: true });
    const offered = await fx.app.inject({ url: `${s.base}/healthie/appointment-types?providerId=${s.providerId}`, headers: bearer(s.ws.token) });
    expect(offered.json().map((t: { name: string }) => t.name)).toEqual(['Follow-up Visit', 'Initial Intake', 'Open to all']);
  });

  it('completes a sync when Healthie prices object fields at three times the guide, halving the page it refuses and keeping the size', async () => {
    await sandbox.control('PUT', '/_sandbox/settings', { objectFieldCost: 3 });
    try {
      for (let i = 0; i < 5; i++) await s.appointment({ days: i + 1 });
      const run = await s.link();
      expect(run).toMatchObject({ status: 'succeeded', counts: { fetched: 5, created: 5 } });
      const { rows } = await fx.database.query<{ page_sizes: Record<string, number> }>('select page_sizes from healthie_connections');
      expect(rows[0]!.page_sizes.appointments).toBeLessThan(healthiePageSizes.appointments);
      expect((await s.syncNow()).status).toBe('succeeded');
    } finally {
      await sandbox.control('PUT', '/_sandbox/settings', { objectFieldCost: 1 });
    }
  });

  it('reads a plain HTTP 404 for one appointment as "Healthie has no such appointment"', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    await sandbox.setFaults({ notFoundOperations: ['Appointment'] } as never);
    expect(await syncAppointment(fx.ctx, { workspaceId: s.ws.workspace.id, appointmentId: id })).toEqual({ calendarId: null, outcome: 'cancelled' });
  });
});

describe('the order of versions', () => {
  it('never lets an older version undo a newer one: a full pass that read a page before a webhook applied a newer version', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    const { client } = await clientForWorkspace(fx.ctx, s.ws.workspace.id);
    const readBefore = (await client.appointment(id))!;
    // Healthie's updated_at has whole seconds: the newer version is at least one second later.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await s.mark(id, 'Occurred');
    expect((await syncAppointment(fx.ctx, { workspaceId: s.ws.workspace.id, appointmentId: id })).outcome).toBe('updated');

    const target = { workspaceId: s.ws.workspace.id, calendarId: s.calendarId };
    const refs = { eventTypeId: () => null, memberId: () => null };
    const stale = toEventFields(readBefore, refs)!;
    // The page's lookup sees the newer version; and should the webhook commit between that lookup and the write, the write itself refuses.
    expect(await applyEvents(fx.database.db, target, [stale])).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await fx.database.db.transaction((tx) => upsertEvents(tx, target, [stale]))).toEqual([]);
    expect((await s.eventByHealthieId(id))?.status).toBe('completed');
    expect((await s.syncNow()).counts).toMatchObject({ updated: 0 });
    expect((await s.eventByHealthieId(id))?.status).toBe('completed');
  });
});
