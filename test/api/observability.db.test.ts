import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/http/app.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { allScopes } from '../../src/workspace/scopes.ts';
import { issueApiKey } from '../../src/workspace/api-keys.ts';
import { createWorkspace } from '../../src/workspace/workspaces.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { bearer, testContext } from '../support/api-fixture.ts';

let database: TestDatabase;
let app: App;
let token: string;
let wsId: string;
const lines: string[] = [];
const metricsToken = 'scrape-token-for-observability';

beforeAll(async () => {
  database = await openTestDatabase();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp(testContext(database, { logger: createLogger({ level: 'debug', destination: sink }) }), { metricsToken });
  const workspace = await createWorkspace(database.db, { name: 'Logs', slug: 'logs' });
  wsId = workspace.id;
  token = (await issueApiKey(database.db, { workspaceId: wsId, name: 't', scopes: allScopes })).token;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('observability', () => {
  it('logs each request by route and status with a request id, and no token, name, email, phone or query', async () => {
    const created = await app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${wsId}/members`,
      headers: { ...bearer(token), 'x-request-id': 'req-abc-123' },
      payload: { firstName: 'Philippa', lastName: 'Quartermaine', email: 'philippa.q@example.com', phone: '(415) 555-0177' },
    });
    expect(created.headers['x-request-id']).toBe('req-abc-123');
    await app.inject({ url: `/api/v1/workspaces/${wsId}/members?search=Quartermaine`, headers: bearer(token) });
    await app.inject({ method: 'POST', url: `/api/v1/workspaces/${wsId}/members/import`, headers: bearer(token), payload: [{ firstName: 'Philippa', email: 'bad-email-philippa' }] });
    const log = lines.join('');
    expect(log).toContain('"route":"/api/v1/workspaces/:ws/members"');
    expect(log).toContain('"reqId":"req-abc-123"');
    for (const secret of [token, 'Philippa', 'Quartermaine', 'philippa.q@example.com', '555-0177', '+14155550177', 'search=']) {
      expect(log).not.toContain(secret);
    }
  });

  it('serves Prometheus metrics and the OpenAPI document', async () => {
    const metrics = await app.inject({ url: '/metrics', headers: bearer(metricsToken) });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('http_request_duration_seconds_bucket');
    expect(metrics.body).toContain('process_resident_memory_bytes');
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toContain('/api/v1/workspaces/{ws}/members/import');
  });

  it('answers /api/health with the engine in use', async () => {
    const res = await app.inject({ url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: database.kind });
  });
});
