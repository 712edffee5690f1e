import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeSyncRun } from '../../src/integration/calendar-sync/run-sync.ts';
import { bearer, createApiFixture, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';

/**
 * Healthie's error texts can quote the people they are about. A stand-in Healthie that accepts the
 * key, then answers every other request with an error naming a patient: nothing we store or answer
 * may repeat it.
 */
const QUOTED = "Couldn't find a client named Ethan Brooks (ethan.brooks@example.com, 555-0100)";
let healthie: Server;
let endpoint: string;
let refuseKey = false;
let fx: ApiFixture;
let ws: TestWorkspace;

beforeAll(async () => {
  healthie = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { operationName } = JSON.parse(body) as { operationName: string };
      res.writeHead(200, { 'content-type': 'application/json' });
      const currentUser = { id: '1', first_name: 'Amelia', last_name: 'Hart', full_name: 'Amelia Hart', email: 'amelia@example.com' };
      if (operationName === 'CurrentUser' && !refuseKey) return res.end(JSON.stringify({ data: { currentUser } }));
      const code = refuseKey ? 'UNAUTHORIZED' : 'BAD_USER_INPUT';
      res.end(JSON.stringify({ data: null, errors: [{ message: QUOTED, extensions: { code } }] }));
    });
  });
  await new Promise<void>((resolve) => healthie.listen(0, '127.0.0.1', resolve));
  const { port } = healthie.address() as AddressInfo;
  endpoint = `http://127.0.0.1:${port}/graphql`;
  fx = await createApiFixture({ allowedHosts: [`127.0.0.1:${port}`] });
  ws = await fx.createTestWorkspace('Quoted');
  const connected = await call('PUT', '/connections/healthie', { apiKey: 'gh_test_key_quoted', baseUrl: endpoint });
  expect(connected.statusCode).toBe(200);
});
afterAll(async () => {
  await fx.close();
  healthie.close();
});

const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown) =>
  fx.app.inject({ method, url: `/api/v1/workspaces/${ws.workspace.id}${path}`, headers: bearer(ws.token), ...(payload !== undefined ? { payload: payload as never } : {}) });

const quotes = (text: string | null | undefined) => ['Ethan', 'Brooks', 'ethan.brooks', '555-0100'].filter((part) => text?.includes(part));

describe("Healthie's own error text", () => {
  it('is not repeated in an API answer: the code and our advice instead', async () => {
    const res = await call('GET', '/healthie/providers');
    expect(res.statusCode).toBe(502);
    expect(res.json().error).toEqual({
      code: 'healthie_rejected',
      message: 'Healthie API request failed: Healthie refused the request. (BAD_USER_INPUT)',
    });
    expect(quotes(res.body)).toEqual([]);
  });

  it("is not stored in a failed sync run nor in the calendar's sync state", async () => {
    const calendar = (await call('POST', '/calendars', { name: 'Dr. Hart', timezone: 'UTC' })).json();
    await fx.database.query(`update calendars set source = 'healthie', source_settings = '{"providerId": "1", "providerName": "Amelia Hart"}' where id = $1`, [calendar.id]);
    const queued = await call('POST', `/calendars/${calendar.id}/sync`);
    const run = await executeSyncRun(fx.ctx, queued.json().run.id);
    expect(run).toMatchObject({ status: 'failed', errorCode: 'healthie_rejected' });
    const stored = await fx.database.query<{ text: string }>(
      "select concat_ws(' ', r.error, s.last_error) as text from calendar_sync_runs r left join calendar_sync_states s on s.calendar_id = r.calendar_id",
    );
    expect(stored.rows.flatMap((row) => quotes(row.text))).toEqual([]);
  });

  it("is not stored as the connection's status reason when the key is refused", async () => {
    refuseKey = true;
    const checked = await call('POST', '/connections/healthie/check');
    refuseKey = false;
    expect(checked.json()).toMatchObject({ status: 'error', statusReasonCode: 'healthie_auth_failed' });
    const stored = await fx.database.query<{ text: string }>("select concat_ws(' ', status_reason, last_check_error) as text from healthie_connections");
    expect(quotes(stored.rows[0]!.text)).toEqual([]);
    expect(stored.rows[0]!.text).toContain('Settings > API');
  });
});
