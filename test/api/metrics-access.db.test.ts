import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/http/app.ts';
import { bearer, testContext } from '../support/api-fixture.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

const token = 'prometheus-scrape-token-0123456789';
let database: TestDatabase;
let withoutToken: App;
let withToken: App;

beforeAll(async () => {
  database = await openTestDatabase();
  withoutToken = await buildApp(testContext(database));
  withToken = await buildApp(testContext(database), { metricsToken: token });
});
afterAll(async () => {
  await withoutToken.close();
  await withToken.close();
  await database.close();
});

describe('/metrics on the API port', () => {
  it('is not there (404 like any unknown route) without a scrape token configured', async () => {
    for (const headers of [{}, bearer(token)]) {
      const res = await withoutToken.inject({ url: '/metrics', headers });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No route GET /metrics' } });
      expect(res.body).not.toContain('process_resident_memory_bytes');
    }
  });

  it('needs the configured token as a bearer: 401 without it or with a wrong one, 200 with it', async () => {
    for (const headers of [{}, bearer('prometheus-scrape-token-012345678'), bearer(`${token}x`), { authorization: token }]) {
      const res = await withToken.inject({ url: '/metrics', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
      expect(res.body).not.toContain('process_resident_memory_bytes');
    }
    const res = await withToken.inject({ url: '/metrics', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('process_resident_memory_bytes');
  });
});
