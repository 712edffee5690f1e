import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { healthieWebhookDeliveries } from '../../src/db/schema.ts';
import { webhookProcessJob } from '../../src/integration/webhooks/process-delivery.ts';
import { webhookOf } from '../../src/integration/webhooks/webhook-store.ts';
import { startJobRunner } from '../../src/jobs/job-runner.ts';
import type { JobDefinition } from '../../src/jobs/job-definitions.ts';
import { readSecret } from '../../src/platform/secret-store.ts';
import { bearer, createApiFixture, type ApiFixture } from '../support/api-fixture.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';
import { SyncScenario } from '../support/sync-scenario.ts';

/** Real-time sync against the sandbox's signed webhooks, delivered to a listening server. */
let sandbox: TestSandbox;
let fx: ApiFixture;
let s: SyncScenario;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
  fx = await createApiFixture({ allowedHosts: [sandbox.hostPort], runJobs: true });
  fx.ctx.webhooks.publicUrl = (await fx.app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
});
afterAll(async () => {
  await fx.close();
  await sandbox.close();
});
beforeEach(async () => {
  await fx.database.truncate();
  await sandbox.setFaults({});
  s = new SyncScenario(fx, sandbox, await fx.createTestWorkspace('Webhooks'));
  await s.setUp();
});

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const api = (method: 'GET' | 'POST' | 'DELETE', path: string) => fx.app.inject({ method, url: `${s.base}${path}`, headers: bearer(s.ws.token) });
const healthieWebhooks = async () => (await (await import('../../src/integration/connection/connection-client.ts')).clientForWorkspace(fx.ctx, s.ws.workspace.id)).client.webhooks();
const deliveries = async () => (await api('GET', '/healthie/webhook-deliveries?limit=100')).json() as Array<{ eventType: string; resourceId: string; verdict: string; reason: string | null; outcome: string | null; outcomeDetail: string | null }>;

describe('the webhook lifecycle', () => {
  it('is created in Healthie with the first linked calendar, for every event followed, and deleted with the last', async () => {
    expect(await healthieWebhooks()).toEqual([]);
    await s.link();
    const [registered] = await healthieWebhooks();
    expect(registered).toMatchObject({ enabled: true, url: expect.stringContaining('/api/webhooks/healthie/') });
    expect(registered!.url).not.toContain(s.ws.workspace.id);
    expect(registered!.events).toEqual(expect.arrayContaining(['APPOINTMENT_CREATED', 'APPOINTMENT_UPDATED', 'APPOINTMENT_DELETED', 'PATIENT_UPDATED']));
    expect((await api('GET', '/healthie/webhooks')).json()).toMatchObject({ status: 'healthy', reason: null, url: registered!.url });
    // The secret is sealed like the API key.
    const stored = await webhookOf(fx.database.db, s.ws.workspace.id);
    const { rows } = await fx.database.query<{ ciphertext: string }>('select ciphertext from encrypted_secrets where id = $1', [stored!.secretId]);
    expect(rows[0]!.ciphertext).not.toContain(await readSecret(fx.database.db, fx.ctx.keyring, stored!.secretId!));

    await api('DELETE', `/calendars/${s.calendarId}/healthie-link`);
    expect(await healthieWebhooks()).toEqual([]);
    expect((await api('GET', '/healthie/webhooks')).json()).toMatchObject({ status: 'off' });
  });

  it('is deleted in Healthie when the connection is', async () => {
    await s.link();
    expect(await healthieWebhooks()).toHaveLength(1);
    const { client } = await (await import('../../src/integration/connection/connection-client.ts')).clientForWorkspace(fx.ctx, s.ws.workspace.id);
    expect((await api('DELETE', '/connections/healthie')).statusCode).toBe(200);
    expect(await client.webhooks()).toEqual([]);
    const { rows } = await fx.database.query<{ n: number }>('select count(*)::int as n from healthie_webhooks');
    expect(rows[0]!.n).toBe(0);
  });

  it('stays off without PUBLIC_URL, and says why', async () => {
    const publicUrl = fx.ctx.webhooks.publicUrl;
    fx.ctx.webhooks.publicUrl = null;
    try {
      await s.link();
      expect(await healthieWebhooks()).toEqual([]);
      expect((await api('GET', '/healthie/webhooks')).json()).toMatchObject({ status: 'off', reason: expect.stringContaining('PUBLIC_URL') });
    } finally {
      fx.ctx.webhooks.publicUrl = publicUrl;
    }
  });

  it('is re-enabled by the reconcile after Healthie disabled it, and the gap is caught up', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    const [registered] = await healthieWebhooks();
    const { client } = await (await import('../../src/integration/connection/connection-client.ts')).clientForWorkspace(fx.ctx, s.ws.workspace.id);
    await client.updateWebhook(registered!.id, { enabled: false });
    await s.mark(id, 'No-Show');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await s.eventByHealthieId(id))?.status).toBe('booked');

    const reconciled = await api('POST', '/healthie/webhooks/reconcile');
    expect(reconciled.json()).toEqual({ repairs: ['reenabled'], caughtUp: [s.calendarId] });
    expect((await healthieWebhooks())[0]!.enabled).toBe(true);
    expect((await eventually(() => s.eventByHealthieId(id), (e) => e?.status === 'no_show'))?.status).toBe('no_show');
  });

  it('is recreated by the reconcile when missing in Healthie, and strays pointing at us are deleted', async () => {
    await s.link();
    const [registered] = await healthieWebhooks();
    const { client } = await (await import('../../src/integration/connection/connection-client.ts')).clientForWorkspace(fx.ctx, s.ws.workspace.id);
    await client.deleteWebhook(registered!.id);
    await client.createWebhook({ url: `${fx.ctx.webhooks.publicUrl}/api/webhooks/healthie/left-over-hook-id`, events: ['APPOINTMENT_CREATED'] });
    const reconciled = (await api('POST', '/healthie/webhooks/reconcile')).json();
    expect(reconciled.repairs.sort()).toEqual(['deleted_stray', 'recreated']);
    const now = await healthieWebhooks();
    expect(now).toHaveLength(1);
    expect(now[0]!.url).toBe(registered!.url);
  });
});

describe('deliveries', () => {
  it('bring created, changed and deleted appointments onto the calendar within moments, without a sync', async () => {
    await s.link();
    const id = await s.appointment({ days: 3 });
    expect((await eventually(() => s.eventByHealthieId(id), Boolean))?.status).toBe('booked');
    await s.mark(id, 'Occurred');
    expect((await eventually(() => s.eventByHealthieId(id), (e) => e?.status === 'completed'))?.status).toBe('completed');
    // Another change of the same fields: Healthie's payload, and so its signature, are the first one's.
    await s.mark(id, 'No-Show');
    expect((await eventually(() => s.eventByHealthieId(id), (e) => e?.status === 'no_show'))?.status).toBe('no_show');
    await s.remove(id);
    expect((await eventually(() => s.eventByHealthieId(id), (e) => e?.status === 'cancelled'))?.status).toBe('cancelled');
    const seen = await eventually(deliveries, (list) => list.filter((d) => d.outcome === 'applied').length >= 4);
    expect(seen.filter((d) => d.resourceId === id && d.verdict === 'accepted').map((d) => d.eventType)).toEqual(
      expect.arrayContaining(['appointment.created', 'appointment.updated', 'appointment.deleted']),
    );
    expect(JSON.stringify(seen)).not.toMatch(/patient\d@example\.com|Patient\d/);
  });

  it("of our own pushed bookings and moves change nothing and push nothing again", async () => {
    await s.link();
    const call = (method: 'POST' | 'PATCH', path: string, payload: unknown) => fx.app.inject({ method, url: `${s.base}${path}`, headers: bearer(s.ws.token), payload: payload as never });
    await call('PATCH', `/calendars/${s.calendarId}/healthie-link`, { pushChanges: true });
    const member = (await call('POST', '/members', { firstName: 'Ada', lastName: 'Lovelace' })).json().id;
    await call('POST', '/healthie/member-links', [{ memberId: member, patientId: s.patientIds[0] }]);
    const types = (await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/event-types`, headers: bearer(s.ws.token) })).json() as Array<{ id: string; external: { id: string } }>;
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(15, 0, 0, 0);
    const booked = (await call('POST', `/calendars/${s.calendarId}/events`, { memberId: member, eventTypeId: types.find((t) => t.external.id === s.typeIds.intake)!.id, startsAt: startsAt.toISOString(), contactType: 'Phone Call' })).json();
    const pushedEvent = async () => (await s.events()).find((e) => (e as unknown as { id: string }).id === booked.id) as unknown as { push: { state: string } | null; external: { id: string }; startsAt: string };
    const pushed = await eventually(pushedEvent, (e) => e.push?.state === 'pushed');
    expect(pushed.push?.state).toBe('pushed');
    const movedTo = new Date(startsAt.getTime() + 86_400_000).toISOString();
    await call('PATCH', `/calendars/${s.calendarId}/events/${booked.id}`, { startsAt: movedTo });
    expect((await eventually(pushedEvent, (e) => e.push?.state === 'pushed' && e.startsAt === movedTo)).startsAt).toBe(movedTo);

    const ours = (list: Awaited<ReturnType<typeof deliveries>>) => list.filter((d) => d.resourceId === pushed.external.id && d.verdict === 'accepted');
    const seen = await eventually(deliveries, (list) => ours(list).length >= 2 && ours(list).every((d) => d.outcome !== 'pending'));
    expect(ours(seen).map((d) => d.eventType).sort()).toEqual(['appointment.created', 'appointment.updated']);
    expect(ours(seen).every((d) => d.outcome === 'unchanged')).toBe(true);
    const { rows } = await fx.database.query<{ operation: string; state: string }>('select operation, state from healthie_push_outbox order by seq');
    expect(rows).toEqual([{ operation: 'create', state: 'pushed' }, { operation: 'update', state: 'pushed' }]);
    expect((await s.events()).length).toBe(1);
  });

  it('move an appointment to the calendar of its new provider, off the old one', async () => {
    const second = (await fx.app.inject({ method: 'POST', url: `${s.base}/calendars`, headers: bearer(s.ws.token), payload: { name: 'Dr. Other', timezone: 'UTC' } })).json();
    await s.link();
    await fx.app.inject({ method: 'PUT', url: `${s.base}/calendars/${second.id}/healthie-link`, headers: bearer(s.ws.token), payload: { providerId: s.otherProviderId } });
    const id = await s.appointment({ days: 2, type: 'followUp' });
    await eventually(() => s.eventByHealthieId(id), Boolean);
    await s.change(id, { other_party_id: s.otherProviderId, appointment_type_id: s.typeIds.otherProviders });
    const moved = await eventually(
      async () => (await fx.app.inject({ url: `${s.base}/calendars/${second.id}/events`, headers: bearer(s.ws.token) })).json() as Array<{ external: { id: string } }>,
      (events) => events.some((e) => e.external.id === id),
    );
    expect(moved.map((e) => e.external.id)).toContain(id);
    expect((await s.eventByHealthieId(id))?.status).toBe('cancelled');
  });

  it("flag a linked member's link when Healthie archives the patient", async () => {
    const member = (await fx.app.inject({ method: 'POST', url: `${s.base}/members`, headers: bearer(s.ws.token), payload: { firstName: 'Pat', email: 'patient0@example.com' } })).json();
    await fx.app.inject({ method: 'POST', url: `${s.base}/healthie/member-links`, headers: bearer(s.ws.token), payload: [{ memberId: member.id, patientId: s.patientIds[0] }] });
    await s.link();
    await sandbox.control('DELETE', `/_sandbox/patients/${s.patientIds[0]}`);
    const links = await eventually(
      async () => (await api('GET', '/healthie/member-links')).json() as Array<{ id: string; flag: { reason: string } | null }>,
      (list) => list[0]?.flag !== null,
    );
    expect(links[0]!.flag?.reason).toBe('patient_archived');
  });
});

describe('people and providers', () => {
  const links = async () => (await api('GET', '/healthie/calendar-links')).json() as Array<{ providerId: string; lastError: string | null }>;

  it('propose a member at Find Matching Records once Healthie creates a patient with their email', async () => {
    await fx.app.inject({ method: 'POST', url: `${s.base}/members`, headers: bearer(s.ws.token), payload: { firstName: 'Noor', lastName: 'Haddad', email: 'noor.haddad@example.org' } });
    await s.link();
    const before = (await api('POST', '/healthie/member-matches')).json() as { matches: unknown[] };
    expect(before.matches).toEqual([]);
    const { patient } = await sandbox.control<{ patient: { id: string } }>('POST', '/_sandbox/patients', { first_name: 'Noor', last_name: 'Haddad', email: 'Noor.Haddad@example.org', dietitian_id: s.providerId });
    const processed = await eventually(deliveries, (list) => list.some((d) => d.eventType === 'patient.created' && d.outcome !== 'pending'));
    expect(processed.find((d) => d.eventType === 'patient.created')).toMatchObject({ resourceId: patient.id, verdict: 'accepted', outcome: 'ignored', outcomeDetail: 'patient_not_linked' });
    const after = (await api('POST', '/healthie/member-matches')).json() as { matches: Array<{ patient: { id: string }; matchType: string }> };
    expect(after.matches.map((m) => [m.patient.id, m.matchType])).toEqual([[patient.id, 'email']]);
  });

  it("show a calendar's provider as gone when the organization's members change, and a later sync keeps saying so", async () => {
    await s.link(s.otherProviderId);
    // Healthie announces no membership deletion; the next membership event has the providers re-read.
    await sandbox.control('DELETE', `/_sandbox/providers/${s.otherProviderId}`);
    await sandbox.control('POST', '/_sandbox/providers', { first_name: 'Ines', last_name: 'New', email: 'ines.new@clinic.example' });
    const seen = await eventually(links, (list) => list[0]?.lastError !== null);
    expect(seen[0]!.lastError).toMatch(/no longer in your Healthie organization/);
    expect((await deliveries()).find((d) => d.eventType === 'organization_membership.created')).toMatchObject({ outcome: 'applied', outcomeDetail: 'providers_checked' });
    expect((await s.syncNow()).status).toBe('succeeded');
    expect((await links())[0]!.lastError).toMatch(/no longer in your Healthie organization/);
  });

  it('find a provider who left at the next reconcile, with no webhook event at all', async () => {
    await s.link(s.otherProviderId);
    await sandbox.control('DELETE', `/_sandbox/providers/${s.otherProviderId}`);
    expect((await links())[0]!.lastError).toBeNull();
    await api('POST', '/healthie/webhooks/reconcile');
    expect((await links())[0]!.lastError).toMatch(/no longer in your Healthie organization/);
  });
});

describe('a rotated secret', () => {
  it('replaces the webhook in Healthie; deliveries keep arriving, signed with the new secret', async () => {
    await s.link();
    const [before] = await healthieWebhooks();
    const oldSecret = await readSecret(fx.database.db, fx.ctx.keyring, (await webhookOf(fx.database.db, s.ws.workspace.id))!.secretId!);
    expect((await api('POST', '/healthie/webhooks/rotate')).json()).toMatchObject({ status: 'healthy' });
    const after = await healthieWebhooks();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before!.id);
    const newSecret = await readSecret(fx.database.db, fx.ctx.keyring, (await webhookOf(fx.database.db, s.ws.workspace.id))!.secretId!);
    expect(newSecret).not.toBe(oldSecret);
    const id = await s.appointment({ days: 4 });
    expect((await eventually(() => s.eventByHealthieId(id), Boolean))?.status).toBe('booked');
  });
});

describe('refused deliveries', () => {
  async function signedDelivery(body: string, options: { secret?: string; createdAt?: number; path?: string } = {}) {
    const webhook = (await webhookOf(fx.database.db, s.ws.workspace.id))!;
    const secret = options.secret ?? (await readSecret(fx.database.db, fx.ctx.keyring, webhook.secretId!));
    const path = options.path ?? new URL(webhook.url).pathname;
    const digest = createHash('sha256').update(body).digest('base64');
    const created = options.createdAt ?? Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', secret).update(`post ${path}  ${digest} application/json ${Buffer.byteLength(body)}`).digest('hex');
    return {
      url: new URL(webhook.url).pathname,
      headers: {
        'content-type': 'application/json',
        'content-digest': `sha-256=${digest}`,
        'signature-input': `sig1=("@method" "@path" "@query" "content-digest" "content-type" "content-length");created=${created};alg="hmac-sha256"`,
        signature: `sig1=${signature}`,
      },
    };
  }
  const send = (delivery: { url: string; headers: Record<string, string> }, body: string) =>
    fx.app.inject({ method: 'POST', url: delivery.url, headers: delivery.headers, payload: body });

  it('are answered 4xx with a reason, recorded without their content, and change nothing', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    const body = JSON.stringify({ resource_id: id, resource_id_type: 'Appointment', event_type: 'appointment.updated', changed_fields: ['pm_status'] });
    const good = await signedDelivery(body);
    const cases: Array<[string, Promise<{ url: string; headers: Record<string, string> }>, string, number, string]> = [
      ['missing headers', Promise.resolve({ url: good.url, headers: { 'content-type': 'application/json' } }), body, 401, 'webhook_unsigned'],
      ['a forged signature', Promise.resolve({ ...good, headers: { ...good.headers, signature: `sig1=${'0'.repeat(64)}` } }), body, 401, 'webhook_bad_signature'],
      ['another secret', signedDelivery(body, { secret: 'whsec_wrong' }), body, 401, 'webhook_bad_signature'],
      ['a tampered body', Promise.resolve(good), body.replace('pm_status', 'date'), 400, 'webhook_digest_mismatch'],
      ['a replay outside the window', signedDelivery(body, { createdAt: Math.floor(Date.now() / 1000) - 3_600 }), body, 401, 'webhook_stale'],
    ];
    for (const [name, delivery, sent, status, code] of cases) {
      const res = await send(await delivery, sent);
      expect([res.statusCode, res.json().error.code], name).toEqual([status, code]);
    }
    const unknown = await fx.app.inject({ method: 'POST', url: '/api/webhooks/healthie/no-such-hook-id', headers: good.headers, payload: body });
    expect(unknown.statusCode).toBe(404);
    const refused = (await deliveries()).filter((d) => d.verdict === 'refused');
    expect(refused.map((d) => d.reason).sort()).toEqual(['webhook_bad_signature', 'webhook_bad_signature', 'webhook_digest_mismatch', 'webhook_stale', 'webhook_unsigned']);
    expect(refused.every((d) => d.resourceId === null)).toBe(true);
  });

  it('count the same event as a duplicate while its first delivery waits, revive that one, and take the event again once it was worked', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    const body = JSON.stringify({ resource_id: id, resource_id_type: 'Appointment', event_type: 'appointment.updated', changed_fields: ['pm_status'] });
    const delivery = await signedDelivery(body);
    // Recorded by a process that died before queueing it; what comes next is Healthie's retry.
    const webhook = (await webhookOf(fx.database.db, s.ws.workspace.id))!;
    const bodyDigest = createHash('sha256').update(body).digest('hex');
    await fx.database.db
      .insert(healthieWebhookDeliveries)
      .values({ workspaceId: s.ws.workspace.id, webhookId: webhook.id, resourceId: id, resourceType: 'Appointment', eventType: 'appointment.updated', verdict: 'accepted', bodyDigest, outcome: 'pending' });
    const retry = await send(delivery, body);
    expect([retry.statusCode, retry.json().error.code]).toEqual([409, 'webhook_duplicate']);
    const worked = (list: Awaited<ReturnType<typeof deliveries>>) => list.filter((d) => d.verdict === 'accepted' && d.outcome !== 'pending');
    expect(worked(await eventually(deliveries, (list) => worked(list).length === 1)).map((d) => d.outcome)).toEqual(['unchanged']);
    // Healthie signs the same event alike every time: once the first was worked, it is a new change.
    expect((await send(delivery, body)).statusCode).toBe(202);
    const done = await eventually(deliveries, (list) => worked(list).length === 2);
    expect(worked(done).map((d) => d.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(done.filter((d) => d.verdict === 'duplicate').map((d) => d.reason)).toEqual(['same_event_pending']);
  });

  it('apply the newest state whatever order deliveries of one appointment arrive in', async () => {
    const id = await s.appointment({ days: 2 });
    await s.link();
    await s.mark(id, 'Checked-In');
    await s.mark(id, 'Occurred');
    // Healthie's retries and its deliveries of both changes, arriving newest first and oldest last.
    for (const changed of [['pm_status', 'date'], ['pm_status']]) {
      const body = JSON.stringify({ resource_id: id, resource_id_type: 'Appointment', event_type: 'appointment.updated', changed_fields: changed });
      expect((await send(await signedDelivery(body), body)).statusCode).toBe(202);
    }
    expect((await eventually(() => s.eventByHealthieId(id), (e) => e?.status === 'completed'))?.status).toBe('completed');
  });
});

describe('a delivery while no worker runs', () => {
  it('is accepted and queued, and processed once a worker comes back', async () => {
    const apiOnly = await createApiFixture({ allowedHosts: [sandbox.hostPort], runJobs: 'queue-only' });
    try {
      const api2 = new SyncScenario(apiOnly, sandbox, await apiOnly.createTestWorkspace('API only'));
      await api2.setUp();
      apiOnly.ctx.webhooks.publicUrl = (await apiOnly.app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
      await api2.link();
      const id = await api2.appointment({ days: 2 });
      await eventually(async () => (await apiOnly.database.query<{ n: number }>("select count(*)::int as n from healthie_webhook_deliveries where outcome = 'pending'")).rows[0]!.n, (n) => n > 0);
      expect(await api2.eventByHealthieId(id)).toBeUndefined();
      const status = async () => (await apiOnly.app.inject({ url: `${api2.base}/healthie/webhooks`, headers: bearer(api2.ws.token) })).json() as { pendingDeliveries: number };
      expect((await status()).pendingDeliveries).toBe(1);

      const worker = await startJobRunner({
        database: apiOnly.database,
        ...(apiOnly.database.url ? { databaseUrl: apiOnly.database.url } : {}),
        logger: apiOnly.ctx.logger,
        definitions: [webhookProcessJob(apiOnly.ctx) as JobDefinition],
        work: true,
        pollingIntervalSeconds: 0.5,
        shutdownTimeoutMs: 5_000,
      });
      try {
        expect((await eventually(() => api2.eventByHealthieId(id), Boolean))?.status).toBe('booked');
        expect((await eventually(status, (s) => s.pendingDeliveries === 0)).pendingDeliveries).toBe(0);
      } finally {
        await worker.stop();
      }
    } finally {
      await apiOnly.close();
    }
  });
});
