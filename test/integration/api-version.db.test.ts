import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { healthieOperations } from '../../src/healthie/operation-catalogue.ts';
import { daysUntil } from '../../src/integration/connection/api-version/version-notice.ts';
import { bearer, createApiFixture, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';

/**
 * The API version lifecycle against the sandbox's rules: Healthie's transition period (every version
 * before 2026-07-01 deprecated, sunset 2027-01-31) and its enforcement from 2027-01-31.
 */
let sandbox: TestSandbox;
let fx: ApiFixture;
let ws: TestWorkspace;
let url: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  fx = await createApiFixture({ allowedHosts: [sandbox.hostPort] });
});
afterAll(async () => {
  await fx.close();
  await sandbox.close();
});
beforeEach(async () => {
  await fx.database.truncate();
  await sandbox.control('PUT', '/_sandbox/settings', { apiVersionRules: 'enforced', versionChanges: [] });
  ws = await fx.createTestWorkspace('Versions');
  url = `/api/v1/workspaces/${ws.workspace.id}/connections/healthie`;
  const connected = await fx.app.inject({ method: 'PUT', url, headers: bearer(ws.token), payload: { apiKey: sandbox.adminKey, baseUrl: sandbox.url } });
  expect(connected.json()).toMatchObject({ status: 'connected', apiVersion: '2026-07-01', versionNotice: null });
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', path = '', payload?: unknown) =>
  fx.app.inject({ method, url: `${url}${path}`, headers: bearer(ws.token), ...(payload !== undefined ? { payload: payload as never } : {}) });
/** A connection saved before this release, still on the version it was pinned to. */
const onOldVersion = () => fx.database.query("update healthie_connections set api_version = '2026-01-01'");
const audit = async () => (await fx.database.query<{ action: string; details: Record<string, unknown> }>('select action, details from audit_log order by id')).rows;

describe('API version lifecycle', () => {
  it('reads the sunset warning during the transition and counts down on the connection', async () => {
    await sandbox.control('PUT', '/_sandbox/settings', { apiVersionRules: 'transition' });
    await onOldVersion();
    const checked = (await call('POST', '/check')).json();
    const days = daysUntil('2027-01-31', new Date());
    expect(checked).toMatchObject({
      apiVersion: '2026-01-01',
      versionNotice: {
        version: '2026-01-01',
        sunsetDate: '2027-01-31',
        latestVersion: '2026-07-01',
        rejected: false,
        text: `Healthie stops accepting API version 2026-01-01 on 2027-01-31, in ${days} day${days === 1 ? '' : 's'}.`,
      },
    });
    expect(checked.status).toBe(days <= 30 ? 'action_needed' : 'connected');
  });

  it('says "Action needed" within 30 days of the sunset, to everyone in the workspace', async () => {
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await onOldVersion();
    await fx.database.query(
      `update healthie_connections set version_notice = jsonb_build_object('version', '2026-01-01', 'sunsetDate', $1::text, 'latestVersion', '2026-07-01',
         'minimumSupportedVersion', null, 'rejected', false, 'observedAt', now())`,
      [soon],
    );
    const status = await fx.app.inject({ url: `${url}/status`, headers: bearer(await ws.tokenWith(['calendars:read'])) });
    expect(status.json()).toMatchObject({ status: 'action_needed', statusReasonCode: 'healthie_version_sunset', statusReason: expect.stringContaining(`on ${soon}, in 20 days`) });
  });

  it('turns Error naming the fix once Healthie refuses the version, and upgrades itself when every operation validates at the latest', async () => {
    await onOldVersion();
    const checked = (await call('POST', '/check')).json();
    expect(checked).toMatchObject({ status: 'connected', apiVersion: '2026-07-01', lastVersionChange: { from: '2026-01-01', to: '2026-07-01', automatic: true } });
    expect((await audit()).find((a) => a.action === 'healthie.connection.api_version_changed')?.details).toMatchObject({ from: '2026-01-01', to: '2026-07-01', automatic: true });
    const providers = await fx.app.inject({ url: `/api/v1/workspaces/${ws.workspace.id}/healthie/providers`, headers: bearer(ws.token) });
    expect(providers.statusCode).toBe(200);
  });

  it('with the automatic upgrade turned off, stays in Error with the fix named, until an admin switches', async () => {
    expect((await call('PATCH', '', { autoUpgrade: false })).json().autoUpgrade).toBe(false);
    await onOldVersion();
    const checked = (await call('POST', '/check')).json();
    expect(checked).toMatchObject({
      status: 'error',
      statusReasonCode: 'healthie_version_unsupported',
      apiVersion: '2026-01-01',
      versionNotice: { rejected: true, minimumSupportedVersion: '2026-07-01', latestVersion: '2026-07-01', text: 'Healthie no longer accepts API version 2026-01-01; switch to 2026-07-01 or later.' },
    });
    expect(checked.statusReason).toContain('Healthie API request failed');
    const switched = await call('PUT', '/version', { version: '2026-07-01' });
    expect(switched.json()).toMatchObject({ status: 'connected', apiVersion: '2026-07-01', versionNotice: null, lastVersionChange: { automatic: false } });
  });

  it('checks every operation at a version with the connection\'s key, and names a version Healthie does not accept', async () => {
    await sandbox.control('DELETE', '/_sandbox/stats');
    const checks = (await call('POST', '/version-check', { version: '2026-07-01' })).json() as Array<{ operation: string; valid: boolean; errors: string[] }>;
    expect(checks.map((c) => c.operation)).toEqual(healthieOperations.map((o) => o.name));
    expect(checks.map((c) => c.operation)).toEqual(expect.arrayContaining(['Appointments', 'CurrentUser', 'CreateWebhook', 'DeleteWebhook']));
    expect(checks.every((c) => c.valid && c.errors.length === 0)).toBe(true);
    expect((await sandbox.control<{ total: number }>('GET', '/_sandbox/stats')).total).toBe(checks.length);

    const unknown = (await call('POST', '/version-check', { version: '2025-06-15' })).json() as Array<{ valid: boolean; errors: string[] }>;
    expect(unknown.every((c) => !c.valid && c.errors[0]!.startsWith('Healthie does not accept API version 2025-06-15'))).toBe(true);
    expect((await call('GET')).json()).toMatchObject({ status: 'connected', apiVersion: '2026-07-01' });
    const malformed = await call('POST', '/version-check', { version: 'latest' });
    expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'invalid_request']);
  });

  it('catches a breaking change at the target version, and the switch refuses it', async () => {
    await onOldVersion();
    await sandbox.control('PUT', '/_sandbox/settings', { apiVersionRules: 'transition', versionChanges: [{ version: '2026-07-01', removed: 'Appointment.pm_status' }] });
    const checks = (await call('POST', '/version-check', { version: '2026-07-01' })).json() as Array<{ operation: string; valid: boolean; errors: string[] }>;
    const failing = checks.filter((c) => !c.valid);
    // Every operation reading an appointment's status: the reads and the pushes' answers.
    expect(failing.map((c) => c.operation)).toEqual(['Appointment', 'Appointments', 'CreateAppointment', 'UpdateAppointment']);
    expect(failing[0]!.errors.join(' ')).toContain('pm_status');
    const refused = await call('PUT', '/version', { version: '2026-07-01' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'api_version_incompatible']);
    expect(refused.json().error.message).toContain('Appointment, Appointments, CreateAppointment, UpdateAppointment');
    expect((await call('GET')).json().apiVersion).toBe('2026-01-01');
  });

  it('keeps an AuthorizationShard given under Advanced', async () => {
    const res = await call('PUT', '', { apiKey: sandbox.adminKey, baseUrl: sandbox.url, authorizationShard: 'shard-7' });
    expect(res.json().authorizationShard).toBe('shard-7');
    const bad = await call('PUT', '', { apiKey: sandbox.adminKey, baseUrl: sandbox.url, authorizationShard: 'no spaces please' });
    expect(bad.statusCode).toBe(400);
  });
});
