import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { estimatedPageSizes } from '../../src/healthie/page-sizes.ts';
import { checkConnection } from '../../src/integration/connection/health-check.ts';
import { requireConnection, saveConnectionState } from '../../src/integration/connection/healthie-connection.ts';
import { setCalendarSource, createCalendar } from '../../src/workspace/calendars.ts';
import { createMember, setMemberField, getMember } from '../../src/workspace/members.ts';
import { setFeature } from '../../src/workspace/workspaces.ts';
import { bearer, createApiFixture, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';

let sandbox: TestSandbox;
let fx: ApiFixture;
let ws: TestWorkspace;
let url: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  fx = await createApiFixture({ allowedHosts: [sandbox.hostPort, '127.0.0.1:1'] });
});
afterAll(async () => {
  await fx.close();
  await sandbox.close();
});
beforeEach(async () => {
  await fx.database.truncate();
  await sandbox.control('POST', '/_sandbox/reset', { seed: 'demo' }).then((r) => {
    const keys = (r as { apiKeys: Array<{ key: string }> }).apiKeys;
    sandbox.adminKey = keys[0]!.key;
    sandbox.apiKeys.splice(0, sandbox.apiKeys.length, ...(r as { apiKeys: TestSandbox['apiKeys'] }).apiKeys);
  });
  await sandbox.setFaults({});
  ws = await fx.createTestWorkspace('Connect');
  url = `/api/v1/workspaces/${ws.workspace.id}/connections/healthie`;
});

const put = (body: unknown, token = ws.token) => fx.app.inject({ method: 'PUT', url, headers: bearer(token), payload: body as never });
const get = (token = ws.token) => fx.app.inject({ url, headers: bearer(token) });

describe('connecting to Healthie', () => {
  it('tests a good key with one currentUser request, then saves it: Connected with the Healthie user, never the key', async () => {
    await sandbox.control('DELETE', '/_sandbox/stats');
    const res = await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'connected',
      statusReason: null,
      baseUrl: sandbox.url,
      healthieUser: { name: 'Amelia Hart', email: 'amelia.hart@harborfamilyhealth.example.com' },
      apiKeyLast4: sandbox.adminKey.slice(-4),
    });
    const stats = await sandbox.control<{ total: number; byOperation: Record<string, number> }>('GET', '/_sandbox/stats');
    expect(stats).toMatchObject({ total: 1, byOperation: { CurrentUser: 1 } });
    const shown = await get();
    expect(shown.json().status).toBe('connected');
    expect(shown.body).not.toContain(sandbox.adminKey);
    expect(res.body).not.toContain(sandbox.adminKey);
    const directory = await fx.app.inject({ url: `/api/v1/workspaces/${ws.workspace.id}/app-connections`, headers: bearer(ws.token) });
    expect(directory.json()).toEqual([expect.objectContaining({ key: 'healthie', installed: true, status: 'connected' })]);
  });

  it('refuses a wrong key and a revoked key with the reason, saving nothing', async () => {
    const wrong = await put({ apiKey: 'gh_sbox_this-key-does-not-exist', baseUrl: sandbox.url });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'healthie_auth_failed' });
    expect(wrong.json().error.message).toMatch(/^Healthie refused the API key .*Settings > API/);
    await sandbox.control('POST', `/_sandbox/api-keys/${sandbox.adminKey}/revoke`);
    const revoked = await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    expect(revoked.statusCode).toBe(422);
    expect((await get()).statusCode).toBe(404);
    const { rows } = await fx.database.query<{ n: number }>('select count(*)::int as n from encrypted_secrets', []);
    expect(rows[0]!.n).toBe(0);
  });

  it('says so when the Base URL cannot be reached, within the retry budget', async () => {
    const started = Date.now();
    const res = await put({ apiKey: sandbox.adminKey, baseUrl: 'http://127.0.0.1:1/graphql' });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('healthie_unreachable');
    expect(res.json().error.message).toContain('Check the Base URL');
    expect(Date.now() - started).toBeLessThan(fx.ctx.healthie.retry.maxElapsedMs + fx.ctx.healthie.timeoutMs);
    expect((await get()).statusCode).toBe(404);
  });

  it.each([
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data'],
    ['a private address', 'https://10.0.0.5/graphql'],
    ['an internal host name', 'https://healthie.internal/graphql'],
    ['another company', 'https://api.example.com/graphql'],
    ['plain http to Healthie', 'http://api.gethealthie.com/graphql'],
    ['a non-http scheme', 'file:///etc/passwd'],
  ])('refuses a Base URL pointing at %s', async (_what, baseUrl) => {
    const res = await put({ apiKey: sandbox.adminKey, baseUrl });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('base_url_not_allowed');
    expect(res.json().error.message).toContain('staging-api.gethealthie.com');
    expect((await get()).statusCode).toBe(404);
  });

  it('reconfigures only after the new key passes: a failed attempt leaves the old key working', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const failed = await put({ apiKey: 'gh_sbox_wrong-wrong-wrong', baseUrl: sandbox.url });
    expect(failed.statusCode).toBe(422);
    expect((await get()).json()).toMatchObject({ status: 'connected', apiKeyLast4: sandbox.adminKey.slice(-4) });
    const checked = await checkConnection(fx.ctx, ws.workspace.id);
    expect(checked.status).toBe('connected');

    const otherKey = sandbox.apiKeys[1]!.key;
    const replaced = await put({ apiKey: otherKey, baseUrl: sandbox.url });
    expect(replaced.json()).toMatchObject({ apiKeyLast4: otherKey.slice(-4), healthieUser: { name: 'Frankie Lee' } });
    const { rows } = await fx.database.query<{ n: number }>('select count(*)::int as n from encrypted_secrets', []);
    expect(rows[0]!.n).toBe(1);
    const audit = await fx.app.inject({ url: `/api/v1/workspaces/${ws.workspace.id}/audit-log`, headers: bearer(ws.token) });
    expect(audit.json().map((e: { action: string }) => e.action)).toEqual(['healthie.connection.reconfigured', 'healthie.connection.configured']);
  });

  it('turns Error when Healthie revokes the key (health check), and back to Connected after Reconfigure', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    await sandbox.control('POST', `/_sandbox/api-keys/${sandbox.adminKey}/revoke`);
    const check = await fx.app.inject({ method: 'POST', url: `${url}/check`, headers: bearer(ws.token) });
    expect(check.json()).toMatchObject({ status: 'error' });
    expect(check.json().statusReason).toContain('Healthie refused the API key');
    expect((await get()).json().status).toBe('error');
    const directory = await fx.app.inject({ url: `/api/v1/workspaces/${ws.workspace.id}/app-connections`, headers: bearer(ws.token) });
    expect(directory.json()[0].status).toBe('error');

    const fresh = sandbox.apiKeys[1]!.key;
    const reconfigured = await put({ apiKey: fresh, baseUrl: sandbox.url });
    expect(reconfigured.json()).toMatchObject({ status: 'connected', statusReason: null });
  });

  /** The cron tick, then each check job it queued. */
  const checkEveryConnection = async () => {
    const { CONNECTION_CHECK_JOB, connectionCheckJob, connectionHealthCheckJob } = await import('../../src/integration/connection/health-check.ts');
    const jobCtx = { database: fx.database, logger: fx.ctx.logger };
    fx.sentJobs.length = 0;
    await connectionHealthCheckJob(fx.ctx, '* * * * *').handler({}, jobCtx);
    for (const job of fx.sentJobs.filter((j) => j.name === CONNECTION_CHECK_JOB)) await connectionCheckJob(fx.ctx).handler(job.data as { workspaceId: string }, jobCtx);
  };

  it('the scheduled health check tests every connection and flips a revoked one to Error', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const other = await fx.createTestWorkspace('Second');
    await fx.app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${other.workspace.id}/connections/healthie`,
      headers: bearer(other.token),
      payload: { apiKey: sandbox.apiKeys[1]!.key, baseUrl: sandbox.url },
    });
    await sandbox.control('POST', `/_sandbox/api-keys/${sandbox.adminKey}/revoke`);
    await checkEveryConnection();
    expect((await get()).json().status).toBe('error');
    const second = await fx.app.inject({ url: `/api/v1/workspaces/${other.workspace.id}/connections/healthie`, headers: bearer(other.token) });
    expect(second.json()).toMatchObject({ status: 'connected', lastCheckError: null });
  });

  it('the scheduled health check leaves alone a workspace whose Healthie feature was turned off', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    await setFeature(fx.database.db, ws.workspace.id, 'ehr_healthie', false);
    await sandbox.control('DELETE', '/_sandbox/stats');
    await checkEveryConnection();
    expect((await sandbox.control<{ total: number }>('GET', '/_sandbox/stats')).total).toBe(0);
  });

  it('shows every member of the workspace the status, and the details only with integrations:read', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const calendarsOnly = await ws.tokenWith(['calendars:read']);
    const details = await get(calendarsOnly);
    expect([details.statusCode, details.json().error.message]).toEqual([403, 'This needs the integrations:read scope']);
    const status = await fx.app.inject({ url: `${url}/status`, headers: bearer(calendarsOnly) });
    expect(status.json()).toEqual({ installed: true, status: 'connected', statusReasonCode: null, statusReason: null });
    expect(status.body).not.toContain('amelia');
    expect((await get(await ws.tokenWith(['integrations:read']))).json().healthieUser.name).toBe('Amelia Hart');
  });

  it('keeps the status when a health check meets a passing outage, noting the failure', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    await sandbox.setFaults({ errorRate: 1 });
    const checked = await checkConnection(fx.ctx, ws.workspace.id);
    expect(checked.status).toBe('connected');
    expect(checked.lastCheckError).toContain('Healthie API request failed');
  });

  it('deletes the connection and its key; linked calendars revert to internal; member links stay unless cleared', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const { db } = fx.database;
    const calendar = await createCalendar(db, ws.workspace.id, { name: 'Dr. Hart', timezone: 'UTC' });
    await setCalendarSource(db, calendar.id, 'healthie', { providerId: '100001' });
    const member = await createMember(db, ws.workspace.id, { firstName: 'Maria', lastName: 'Lopez' }, 'US');
    await setMemberField(db, ws.workspace.id, member.id, 'healthie:patient_id', '200001');

    const deleted = await fx.app.inject({ method: 'DELETE', url, headers: bearer(ws.token) });
    expect(deleted.json()).toEqual({ calendarsUnlinked: 1, memberLinksCleared: 0 });
    expect((await get()).statusCode).toBe(404);
    const calendars = await fx.app.inject({ url: `/api/v1/workspaces/${ws.workspace.id}/calendars/${calendar.id}`, headers: bearer(ws.token) });
    expect(calendars.json().source).toBe('internal');
    expect((await getMember(db, ws.workspace.id, member.id)).fields).toEqual({ 'healthie:patient_id': '200001' });
    const { rows } = await fx.database.query<{ n: number }>('select count(*)::int as n from encrypted_secrets', []);
    expect(rows[0]!.n).toBe(0);

    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const cleared = await fx.app.inject({ method: 'DELETE', url: `${url}?clearMemberLinks=true`, headers: bearer(ws.token) });
    expect(cleared.json()).toEqual({ calendarsUnlinked: 0, memberLinksCleared: 1 });
    expect((await getMember(db, ws.workspace.id, member.id)).fields).toEqual({});
  });
});

describe('retries under Healthie faults', () => {
  it('connects through TOO_MANY_REQUESTS bursts and latency', async () => {
    await sandbox.setFaults({ tooManyRequestsEvery: 1 });
    const limited = await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('healthie_rate_limited');
    // Every second request is refused: the first (a wrong key) passes, so the connect meets the refusal.
    await sandbox.setFaults({ tooManyRequestsEvery: 2, latencyMs: 150 });
    await sandbox.control('DELETE', '/_sandbox/stats');
    await put({ apiKey: 'gh_sbox_nope-nope-nope', baseUrl: sandbox.url });
    const res = await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    expect(res.statusCode).toBe(200);
    const stats = await sandbox.control<{ byOperation: Record<string, number> }>('GET', '/_sandbox/stats');
    expect(stats.byOperation.CurrentUser).toBe(3);
  });

  it.each([
    ['every answer a 5xx', { errorRate: 1 }, 502, 'healthie_unavailable'],
    ['every connection dropped', { dropConnectionRate: 1 }, 502, 'healthie_unreachable'],
    ['every body truncated', { truncateBodyRate: 1 }, 502, 'healthie_'],
    ['answers slower than the timeout', { latencyMs: 4_000 }, 504, 'healthie_timeout'],
  ])('ends with a clear error within bounded time when %s', async (_what, faults, status, code) => {
    await sandbox.setFaults(faults);
    const started = Date.now();
    const res = await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const elapsed = Date.now() - started;
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toContain(code);
    expect(res.json().error.message).toMatch(/^Healthie API request failed: /);
    expect(elapsed).toBeLessThan(fx.ctx.healthie.retry.maxElapsedMs + fx.ctx.healthie.timeoutMs + 500);
    expect((await get()).statusCode).toBe(404);
  });

  it('succeeds through random 5xx, drops and truncation on about one request in seven', async () => {
    // Rates low enough that five attempts all failing is a one-in-many-thousands event, not a flaky test.
    await sandbox.setFaults({ errorRate: 0.05, dropConnectionRate: 0.05, truncateBodyRate: 0.05 });
    await sandbox.control('DELETE', '/_sandbox/stats');
    for (let i = 0; i < 5; i++) {
      const res = await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
      expect(res.statusCode, res.body).toBe(200);
    }
    const stats = await sandbox.control<{ total: number }>('GET', '/_sandbox/stats');
    expect(stats.total).toBeGreaterThanOrEqual(5);
  });
});

describe('who may configure', () => {
  it('lets only integrations:admin configure or delete; other members see the status', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const reader = await ws.tokenWith(['members:read', 'calendars:read', 'integrations:read']);
    expect((await get(reader)).json().status).toBe('connected');
    const attempt = await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url }, reader);
    expect(attempt.statusCode).toBe(403);
    expect(attempt.json().error.message).toContain('integrations:admin');
    expect((await fx.app.inject({ method: 'DELETE', url, headers: bearer(reader) })).statusCode).toBe(403);
  });

  it('hides Healthie from workspaces without the ehr_healthie feature', async () => {
    const plain = await fx.createTestWorkspace('Plain', { features: [] });
    const directory = await fx.app.inject({ url: `/api/v1/workspaces/${plain.workspace.id}/app-connections`, headers: bearer(plain.token) });
    expect(directory.json()).toEqual([]);
    const attempt = await fx.app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${plain.workspace.id}/connections/healthie`,
      headers: bearer(plain.token),
      payload: { apiKey: sandbox.adminKey, baseUrl: sandbox.url },
    });
    expect(attempt.statusCode).toBe(403);
    expect(attempt.json().error.code).toBe('feature_disabled');
  });

  it('never shows one workspace the connection of another', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const other = await fx.createTestWorkspace('Other');
    const res = await fx.app.inject({ url: `/api/v1/workspaces/${other.workspace.id}/connections/healthie`, headers: bearer(other.token) });
    expect(res.statusCode).toBe(404);
    expect((await fx.app.inject({ url, headers: bearer(other.token) })).statusCode).toBe(404);
  });
});

describe('reconnects and a delete at the same time', () => {
  const secretsAndConnections = async () =>
    (
      await fx.database.query<{ secrets: number; connections: number }>(
        'select (select count(*) from encrypted_secrets)::int as secrets, (select count(*) from healthie_connections)::int as connections',
      )
    ).rows[0]!;

  it('never orphan a sealed key nor answer 500, and end with one key per connection', async () => {
    expect((await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url })).statusCode).toBe(200);
    const remove = () => fx.app.inject({ method: 'DELETE', url, headers: bearer(ws.token) });
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, () => put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url })),
      remove(),
      remove(),
    ]);
    for (const answer of answers) expect([200, 409], answer.body).toContain(answer.statusCode);
    const { secrets, connections } = await secretsAndConnections();
    expect(secrets).toBe(connections);
    await remove();
    expect(await secretsAndConnections()).toEqual({ secrets: 0, connections: 0 });
  });
});

describe('the Base URL of a saved connection', () => {
  const requestsServed = async () => (await sandbox.control<{ total: number }>('GET', '/_sandbox/stats')).total;

  it('is checked again on every later call: once the operator no longer allows the host, the key goes nowhere and the connection shows Error', async () => {
    expect((await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url })).statusCode).toBe(200);
    const policy = fx.ctx.healthie.baseUrlPolicy;
    const allowed = [...policy.allowedHosts];
    policy.allowedHosts.splice(0, policy.allowedHosts.length);
    try {
      await sandbox.control('DELETE', '/_sandbox/stats');
      const check = await fx.app.inject({ method: 'POST', url: `${url}/check`, headers: bearer(ws.token) });
      expect([check.statusCode, check.json().error.code]).toEqual([400, 'base_url_not_allowed']);
      const providers = await fx.app.inject({ url: `/api/v1/workspaces/${ws.workspace.id}/healthie/providers`, headers: bearer(ws.token) });
      expect(providers.json().error.code).toBe('base_url_not_allowed');
      expect(await requestsServed()).toBe(0);
      expect((await get()).json()).toMatchObject({ status: 'error', statusReasonCode: 'base_url_not_allowed' });
    } finally {
      policy.allowedHosts.push(...allowed);
    }
    const recovered = await fx.app.inject({ method: 'POST', url: `${url}/check`, headers: bearer(ws.token) });
    expect(recovered.json().status).toBe('connected');
  });

  it('is resolved again on every later call: a Healthie host that now resolves to a private address is not connected to', async () => {
    expect((await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url })).statusCode).toBe(200);
    await fx.database.query("update healthie_connections set base_url = 'https://staging-api.gethealthie.com/graphql'");
    const policy = fx.ctx.healthie.baseUrlPolicy;
    policy.lookup = async () => [{ address: '127.0.0.1' }];
    try {
      const check = await fx.app.inject({ method: 'POST', url: `${url}/check`, headers: bearer(ws.token) });
      expect([check.statusCode, check.json().error.code]).toEqual([400, 'base_url_not_allowed']);
      expect(check.json().error.message).toContain('private network address');
    } finally {
      delete policy.lookup;
    }
  });
});

describe('what the connection remembers', () => {
  it('page sizes two processes narrowed at once are both kept, neither undoing the other', async () => {
    await put({ apiKey: sandbox.adminKey, baseUrl: sandbox.url });
    const workspaceId = ws.workspace.id;
    // Each read the connection before the other narrowed a list.
    const [one, other] = [await requireConnection(fx.database.db, workspaceId), await requireConnection(fx.database.db, workspaceId)];
    await saveConnectionState(fx.database.db, one, { pageSizes: { ...estimatedPageSizes, appointments: 59 } });
    await saveConnectionState(fx.database.db, other, { pageSizes: { ...estimatedPageSizes, patients: 179 } });
    const stored = (await requireConnection(fx.database.db, workspaceId)).pageSizes;
    expect(stored).toMatchObject({ appointments: 59, patients: 179, providers: estimatedPageSizes.providers });
  });
});
