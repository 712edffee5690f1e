import { describe, expect, it } from 'vitest';
import { clientForWorkspace } from '../../src/integration/connection/connection-client.ts';
import { syncAppointment } from '../../src/integration/calendar-sync/sync-appointment.ts';
import { pushSendJob, pushSweepJob } from '../../src/integration/push/push-jobs.ts';
import { claimNext } from '../../src/integration/push/push-outbox.ts';
import { bearer } from '../support/api-fixture.ts';
import { syncScenarioPerTest } from '../support/sync-scenario-per-test.ts';

/** Bookings, moves and cancellations made in the workspace, sent to the sandbox as Healthie. */
const t = syncScenarioPerTest('Push');

const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, payload?: unknown) =>
  t.fx.app.inject({ method, url: `${t.s.base}${path}`, headers: bearer(t.s.ws.token), ...(payload !== undefined ? { payload: payload as never } : {}) });

interface PushedEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  status: string;
  contactType: string | null;
  notes: string | null;
  memberId: string | null;
  external: { source: string; id: string | null } | null;
  push: { state: string; attempts: number; error: string | null; errorCode: string | null } | null;
  conflict: { winner: string; lost: string } | null;
}

const inDays = (days: number, hour = 15) => {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + days);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

async function pushOn(settings: Record<string, unknown> = {}) {
  await t.s.link();
  const res = await call('PATCH', `/calendars/${t.s.calendarId}/healthie-link`, { pushChanges: true, ...settings });
  expect(res.statusCode).toBe(200);
}

async function linkedMember(patient = 0): Promise<string> {
  const member = (await call('POST', '/members', { firstName: 'Ada', lastName: 'Lovelace' })).json().id as string;
  const linked = await call('POST', '/healthie/member-links', [{ memberId: member, patientId: t.s.patientIds[patient] }]);
  expect(linked.json()[0].status).toBe('linked');
  return member;
}

async function eventTypeFor(healthieTypeId: string): Promise<string> {
  const types = (await call('GET', `/calendars/${t.s.calendarId}/event-types`)).json() as Array<{ id: string; external: { id: string } | null }>;
  return types.find((type) => type.external?.id === healthieTypeId)!.id;
}

async function book(payload: Record<string, unknown>) {
  return call('POST', `/calendars/${t.s.calendarId}/events`, payload);
}

async function booked(overrides: Record<string, unknown> = {}): Promise<PushedEvent> {
  const res = await book({ memberId: await linkedMember(), eventTypeId: await eventTypeFor(t.s.typeIds.intake), startsAt: inDays(3), contactType: 'Phone Call', ...overrides });
  expect(res.statusCode).toBe(201);
  return res.json();
}

/** Works the event's outbox as a worker would. */
const send = (eventId: string) => pushSendJob(t.fx.ctx).handler({ workspaceId: t.s.ws.workspace.id, eventId }, { database: t.fx.database, logger: t.fx.ctx.logger });

async function event(id: string): Promise<PushedEvent> {
  return (await t.s.events()).find((e) => (e as unknown as PushedEvent).id === id) as unknown as PushedEvent;
}

const healthie = async () => (await clientForWorkspace(t.fx.ctx, t.s.ws.workspace.id)).client;

async function providerAppointments() {
  const found = [];
  for await (const page of (await healthie()).appointmentPages({ providerId: t.s.providerId, startDate: inDays(-30), endDate: inDays(60) })) found.push(...page);
  return found;
}

const outbox = async () => (await t.fx.database.query<{ operation: string; state: string }>('select operation, state from healthie_push_outbox order by seq')).rows;
const eventCount = async () => (await t.fx.database.query<{ n: number }>('select count(*)::int as n from calendar_events')).rows[0]!.n;
const dueNow = () => t.fx.database.query("update healthie_push_outbox set next_attempt_at = now() where state = 'pending'");

describe('Push changes to Healthie: the setting', () => {
  it('is off by default, changes only what it names, is audited, and is refused on a calendar that is not linked', async () => {
    await t.s.link();
    const links = () => call('GET', '/healthie/calendar-links');
    expect((await links()).json()[0].push).toEqual({ pushChanges: false, cancelAs: 'cancelled', conflicts: 'healthie', enforceAvailability: false });

    const res = await call('PATCH', `/calendars/${t.s.calendarId}/healthie-link`, { cancelAs: 'deleted' });
    expect(res.statusCode).toBe(200);
    expect(res.json().push).toEqual({ pushChanges: false, cancelAs: 'deleted', conflicts: 'healthie', enforceAvailability: false });
    await call('PATCH', `/calendars/${t.s.calendarId}/healthie-link`, { pushChanges: true });
    expect((await links()).json()[0]).toMatchObject({ providerId: t.s.providerId, push: { pushChanges: true, cancelAs: 'deleted' } });

    expect((await call('PATCH', `/calendars/${t.s.calendarId}/healthie-link`, {})).statusCode).toBe(400);
    expect((await call('PATCH', `/calendars/${t.s.calendarId}/healthie-link`, { pushChanges: 'yes' })).statusCode).toBe(400);
    const other = (await call('POST', '/calendars', { name: 'Internal', timezone: 'UTC' })).json().id;
    const refused = await call('PATCH', `/calendars/${other}/healthie-link`, { pushChanges: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('calendar_not_linked');
    const audit = (await call('GET', '/audit-log')).json() as { entries?: Array<{ action: string }> } | Array<{ action: string }>;
    const actions = (Array.isArray(audit) ? audit : audit.entries ?? []).map((e) => e.action);
    expect(actions.filter((a) => a === 'calendar.push_settings_changed')).toHaveLength(2);
  });

  it('off: a linked calendar stays read-only for bookings and changes', async () => {
    await t.s.link();
    const visit = await t.s.appointment({ days: 2 });
    await t.s.syncNow();
    const refused = await book({ memberId: await linkedMember(), eventTypeId: await eventTypeFor(t.s.typeIds.intake), startsAt: inDays(3) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'calendar_linked', message: expect.stringContaining('Push changes to Healthie') });
    const synced = (await t.s.eventByHealthieId(visit))! as unknown as PushedEvent;
    const move = await call('PATCH', `/calendars/${t.s.calendarId}/events/${synced.id}`, { startsAt: inDays(4) });
    expect(move.statusCode).toBe(409);
    expect((await event(synced.id)).startsAt).toBe(synced.startsAt);
    expect(await outbox()).toEqual([]);
  });
});

describe('a booking made here', () => {
  it("becomes a Healthie appointment with the member's patient, the provider, the type, the contact type, the time and our event id", async () => {
    await pushOn();
    const startsAt = inDays(3);
    const created = await booked({ startsAt, notes: 'Bring the referral letter' });
    expect(created).toMatchObject({ title: 'Initial Intake', startsAt: new Date(startsAt).toISOString(), durationMinutes: 60, status: 'booked', push: { state: 'pending' }, external: { source: 'healthie', id: null } });

    await send(created.id);
    const pushed = await event(created.id);
    expect(pushed.push).toMatchObject({ state: 'pushed', attempts: 1, error: null });
    expect(pushed.external!.id).toMatch(/\w+/);
    const appointment = await (await healthie()).appointment(pushed.external!.id!);
    expect(appointment).toMatchObject({ user: { id: t.s.patientIds[0] }, provider: { id: t.s.providerId }, appointment_type: { id: t.s.typeIds.intake }, contact_type: 'Phone Call' });
    expect(new Date(appointment!.date!).toISOString()).toBe(new Date(startsAt).toISOString());
    const metadata = typeof appointment!.metadata === 'string' ? JSON.parse(appointment!.metadata) : appointment!.metadata;
    expect(metadata).toEqual({ gravityRailEventId: created.id });
    expect(pushed.notes).toBe('Bring the referral letter');

    // A sync finds it as the event it already is.
    await t.s.syncNow();
    expect(await eventCount()).toBe(1);
    expect(await outbox()).toEqual([{ operation: 'create', state: 'pushed' }]);
  });

  it.each([
    ['member_required', async () => ({ eventTypeId: await eventTypeFor(t.s.typeIds.intake), startsAt: inDays(3) })],
    ['member_not_linked', async () => ({ memberId: (await call('POST', '/members', { firstName: 'Nolink' })).json().id, eventTypeId: await eventTypeFor(t.s.typeIds.intake), startsAt: inDays(3) })],
    ['event_type_required', async () => ({ memberId: await linkedMember(), startsAt: inDays(3) })],
    ['contact_type_not_allowed', async () => ({ memberId: await linkedMember(), eventTypeId: await eventTypeFor(t.s.typeIds.intake), startsAt: inDays(3), contactType: 'Secure Videochat' })],
    ['location_required', async () => ({ memberId: await linkedMember(), eventTypeId: await eventTypeFor(t.s.typeIds.intake), startsAt: inDays(3), contactType: 'In Person' })],
  ])('is refused with 422 %s, naming what is missing, and writes nothing', async (code, payload) => {
    await t.sandbox.control('PATCH', `/_sandbox/appointment-types/${t.s.typeIds.intake}`, { available_contact_types: ['Phone Call', 'In Person', 'Healthie Video Call'] });
    await pushOn();
    const before = await eventCount();
    const res = await book(await payload());
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message.length).toBeGreaterThan(20);
    expect(await eventCount()).toBe(before);
    expect(await outbox()).toEqual([]);
  });

  it('an event type that did not come from Healthie is refused', async () => {
    await pushOn();
    const { rows } = await t.fx.database.query<{ id: string }>(
      "insert into calendar_event_types (workspace_id, calendar_id, name, duration_minutes) values ($1, $2, 'Coffee', 15) returning id",
      [t.s.ws.workspace.id, t.s.calendarId],
    );
    const res = await book({ memberId: await linkedMember(), eventTypeId: rows[0]!.id, startsAt: inDays(3) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('event_type_not_from_healthie');
  });

  it("Healthie's refusal shows on the event in a coordinator's words, and Retry sends it again once fixed", async () => {
    await pushOn();
    const created = await booked();
    // Meanwhile in Healthie the type stops being open to this provider.
    await t.sandbox.control('PATCH', `/_sandbox/appointment-types/${t.s.typeIds.intake}`, { provider_ids_for_appt_type_connections: [t.s.otherProviderId] });
    await send(created.id);
    const failed = await event(created.id);
    expect(failed.push).toMatchObject({ state: 'failed', attempts: 1, errorCode: 'healthie_validation_failed', error: expect.stringContaining('not open to this provider') });
    expect(failed.external!.id).toBeNull();
    // Not retried by itself.
    await dueNow();
    await send(created.id);
    expect((await event(created.id)).push!.attempts).toBe(1);

    await t.sandbox.control('PATCH', `/_sandbox/appointment-types/${t.s.typeIds.intake}`, { provider_ids_for_appt_type_connections: [t.s.providerId] });
    const retried = await call('POST', `/calendars/${t.s.calendarId}/events/${created.id}/push/retry`);
    expect(retried.statusCode).toBe(202);
    expect(retried.json().push.state).toBe('pending');
    await send(created.id);
    expect((await event(created.id)).push).toMatchObject({ state: 'pushed', attempts: 2, error: null });
    const again = await call('POST', `/calendars/${t.s.calendarId}/events/${created.id}/push/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('push_not_failed');
  });

  it('Healthie being away is tried again with backoff, in the product page\'s words meanwhile', async () => {
    await pushOn();
    const created = await booked();
    await t.s.sandbox.setFaults({ errorRate: 1 });
    await send(created.id);
    const waiting = await event(created.id);
    expect(waiting.push).toMatchObject({ state: 'pending', attempts: 1, error: expect.stringContaining('Healthie API request failed') });
    // The next attempt waits for its backoff.
    await send(created.id);
    expect((await event(created.id)).push!.attempts).toBe(1);
    await t.s.sandbox.setFaults({});
    await dueNow();
    await send(created.id);
    expect((await event(created.id)).push).toMatchObject({ state: 'pushed', attempts: 2, error: null });
    expect(await providerAppointments()).toHaveLength(1);
  });

  it.each([
    ['the connection dropped', { effect: 'drop' }],
    ['a timeout', { effect: 'delay', delayMs: 1_500 }],
  ] as const)('an answer lost after Healthie booked it (%s) is found in Healthie before any retry: exactly one appointment', async (_case, fault) => {
    await pushOn();
    const created = await booked();
    await t.sandbox.control('DELETE', '/_sandbox/stats');
    await t.sandbox.control('PUT', '/_sandbox/faults', { afterApply: { operations: ['CreateAppointment'], times: 1, ...fault } });
    const timeoutMs = t.fx.ctx.healthie.timeoutMs;
    t.fx.ctx.healthie.timeoutMs = 500;
    try {
      await send(created.id);
    } finally {
      t.fx.ctx.healthie.timeoutMs = timeoutMs;
    }
    expect((await event(created.id)).push).toMatchObject({ state: 'pending', attempts: 1, error: expect.stringContaining('Healthie API request failed') });
    expect(await providerAppointments()).toHaveLength(1);

    await dueNow();
    await send(created.id);
    const pushed = await event(created.id);
    expect(pushed.push).toMatchObject({ state: 'pushed', attempts: 2 });
    const appointments = await providerAppointments();
    expect(appointments.map((a) => a.id)).toEqual([pushed.external!.id]);
    const stats = await t.sandbox.control<{ byOperation: Record<string, number> }>('GET', '/_sandbox/stats');
    expect(stats.byOperation.CreateAppointment).toBe(1);
  });

  it('a worker that dies with the outbox full leaves nothing unsent and nothing sent twice', async () => {
    await pushOn();
    const member = await linkedMember();
    const type = await eventTypeFor(t.s.typeIds.followUp);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await book({ memberId: member, eventTypeId: type, startsAt: inDays(2 + i, 14), contactType: 'Phone Call' })).json().id);
    // A worker claims a few and sends them, then dies before recording the answers.
    const client = await healthie();
    for (const id of ids.slice(0, 4)) {
      const row = await claimNext(t.fx.database.db, id);
      const { rows } = await t.fx.database.query<{ starts_at: Date }>('select starts_at from calendar_events where id = $1', [id]);
      await client.createAppointment({
        userId: t.s.patientIds[0]!, providerId: t.s.providerId, appointmentTypeId: t.s.typeIds.followUp, contactType: 'Phone Call',
        datetime: rows[0]!.starts_at.toISOString(), metadata: { gravityRailEventId: id },
      });
      expect(row!.state).toBe('sending');
    }
    // Its leases run out; the sweep hands everything to a new worker.
    await t.fx.database.query("update healthie_push_outbox set lease_until = now() - interval '1 second' where state = 'sending'");
    await pushSweepJob(t.fx.ctx).handler({}, { database: t.fx.database, logger: t.fx.ctx.logger });
    for (const id of ids) await send(id);

    const appointments = await providerAppointments();
    expect(appointments).toHaveLength(12);
    const events = await Promise.all(ids.map(event));
    expect(events.every((e) => e.push?.state === 'pushed')).toBe(true);
    expect(new Set(events.map((e) => e.external!.id)).size).toBe(12);
    expect(appointments.map((a) => a.id).sort()).toEqual(events.map((e) => e.external!.id).sort());
  });
});

describe('a change made here to a Healthie appointment', () => {
  it('a move goes to Healthie with the new time and keeps the length', async () => {
    await pushOn();
    const created = await booked();
    await send(created.id);
    const to = inDays(5, 17);
    const moved = await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { startsAt: to });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: new Date(to).toISOString(), durationMinutes: 60, push: { state: 'pending' } });
    await send(created.id);
    const pushed = await event(created.id);
    expect(pushed.push!.state).toBe('pushed');
    expect(new Date(pushed.endsAt).getTime() - new Date(pushed.startsAt).getTime()).toBe(60 * 60_000);
    const appointment = await (await healthie()).appointment(pushed.external!.id!);
    expect(new Date(appointment!.date!).toISOString()).toBe(new Date(to).toISOString());
  });

  it('changes only what it names, and refuses what is Healthie\'s', async () => {
    await pushOn();
    const created = await booked();
    await send(created.id);
    const refused = await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { title: 'Renamed' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'not_changeable_here', message: expect.stringContaining('title') });
    expect((await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { status: 'completed' })).json().error.code).toBe('status_not_pushed');
    expect((await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, {})).statusCode).toBe(400);
    const noted = await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { notes: 'Running late' });
    expect(noted.json()).toMatchObject({ notes: 'Running late', startsAt: created.startsAt, contactType: 'Phone Call' });
    await send(created.id);
    expect((await event(created.id)).notes).toBe('Running late');
  });

  it.each([
    ['cancelled', 'Cancelled'],
    ['deleted', null],
  ] as const)('a cancellation with cancelAs %s', async (cancelAs, pmStatus) => {
    await pushOn({ cancelAs });
    const created = await booked();
    await send(created.id);
    const cancelled = await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { status: 'cancelled' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', push: { state: 'pending' } });
    await send(created.id);
    const after = await event(created.id);
    expect(after).toMatchObject({ status: 'cancelled', push: { state: 'pushed' } });
    const appointment = await (await healthie()).appointment(after.external!.id!);
    if (pmStatus) expect(appointment).toMatchObject({ pm_status: pmStatus, deleted_at: null });
    else expect(appointment!.deleted_at).not.toBeNull();
    // Healthie's version coming back changes nothing.
    await t.s.syncNow();
    expect(await event(after.id)).toMatchObject({ status: 'cancelled', push: { state: 'pushed' } });
    const again = await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { startsAt: inDays(6) });
    expect(again.json().error.code).toBe('event_cancelled');
  });

  it('a cancellation of a booking Healthie never received sends nothing', async () => {
    await pushOn();
    const created = await booked();
    const cancelled = await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { status: 'cancelled' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', push: null });
    await send(created.id);
    expect(await providerAppointments()).toEqual([]);
  });
});

describe('no echo, clear conflicts', () => {
  it('our own change coming back (webhook path and sync) is recognised: nothing re-applied, nothing pushed again', async () => {
    await pushOn();
    const created = await booked();
    await send(created.id);
    const pushed = await event(created.id);
    expect(await syncAppointment(t.fx.ctx, { workspaceId: t.s.ws.workspace.id, appointmentId: pushed.external!.id! })).toEqual({ calendarId: t.s.calendarId, outcome: 'unchanged' });
    const run = await t.s.syncNow();
    expect(run!.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await outbox()).toEqual([{ operation: 'create', state: 'pushed' }]);

    // A move not yet sent is not undone by a sync or a webhook bringing the version it was made on.
    const to = inDays(7);
    await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { startsAt: to });
    await t.s.syncNow();
    await syncAppointment(t.fx.ctx, { workspaceId: t.s.ws.workspace.id, appointmentId: pushed.external!.id! });
    expect(await event(created.id)).toMatchObject({ startsAt: new Date(to).toISOString(), push: { state: 'pending' } });
  });

  async function bothChanged(conflicts: 'healthie' | 'workspace') {
    await pushOn({ conflicts });
    const created = await booked();
    await send(created.id);
    const appointmentId = (await event(created.id)).external!.id!;
    const here = inDays(8, 14);
    await call('PATCH', `/calendars/${t.s.calendarId}/events/${created.id}`, { startsAt: here });
    // Healthie's updated_at has second precision: its change is a second later than ours.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const there = inDays(9, 16);
    await t.s.change(appointmentId, { datetime: there });
    return { created, appointmentId, here, there };
  }

  it('Healthie wins by default: its change stands, ours is recorded as lost and audited', async () => {
    const { created, appointmentId, there } = await bothChanged('healthie');
    await t.s.syncNow();
    const after = await event(created.id);
    expect(after).toMatchObject({ startsAt: new Date(there).toISOString(), push: null, conflict: { winner: 'healthie', lost: expect.stringContaining('not sent') } });
    await send(created.id);
    const appointment = await (await healthie()).appointment(appointmentId);
    expect(new Date(appointment!.date!).toISOString()).toBe(new Date(there).toISOString());
    expect((await outbox()).map((r) => r.state)).toEqual(['pushed', 'superseded']);
    const { rows } = await t.fx.database.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'calendar_event.push_conflict' and target_id = $1", [created.id]);
    expect(rows[0]!.n).toBe(1);
  });

  it('Healthie wins also when the send finds the change before any sync does', async () => {
    const { created, there } = await bothChanged('healthie');
    await send(created.id);
    expect(await event(created.id)).toMatchObject({ startsAt: new Date(there).toISOString(), conflict: { winner: 'healthie' } });
  });

  it('the workspace wins when the calendar says so: ours is sent over Healthie\'s, and that is recorded', async () => {
    const { created, appointmentId, here } = await bothChanged('workspace');
    await t.s.syncNow();
    expect((await event(created.id)).startsAt).toBe(new Date(here).toISOString());
    await send(created.id);
    const after = await event(created.id);
    expect(after).toMatchObject({ startsAt: new Date(here).toISOString(), push: { state: 'pushed' }, conflict: { winner: 'workspace' } });
    const appointment = await (await healthie()).appointment(appointmentId);
    expect(new Date(appointment!.date!).toISOString()).toBe(new Date(here).toISOString());
  });
});
