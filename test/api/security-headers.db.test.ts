import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/http/app.ts';
import { registerWebUi } from '../../src/http/web-ui.ts';
import { testContext } from '../support/api-fixture.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let app: App;
let behindProxy: App;
let webRoot: string;

beforeAll(async () => {
  database = await openTestDatabase();
  webRoot = await mkdtemp(join(tmpdir(), 'healthie-connect-web-'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  app = await buildApp(testContext(database));
  await registerWebUi(app, webRoot);
  behindProxy = await buildApp({ ...testContext(database), config: { sessionTtlHours: 1, trustProxy: 1 } });
});
afterAll(async () => {
  await app.close();
  await behindProxy.close();
  await database.close();
  await rm(webRoot, { recursive: true, force: true });
});

const directives = (csp: string | undefined) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

describe('security headers', () => {
  for (const [what, url] of [
    ['the API', '/api/health'],
    ['a refused API call', '/api/v1/workspaces'],
    ["the UI's index.html", '/'],
    ['a client route of the UI', '/workspaces/demo/members'],
  ] as const) {
    it(`${what} answers with the CSP, nosniff and no framing`, async () => {
      const res = await app.inject({ url });
      const csp = directives(res.headers['content-security-policy'] as string | undefined);
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
      expect(csp.get('img-src')).toBe("'self' data:");
      expect(csp.get('connect-src')).toBe("'self'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('base-uri')).toBe("'self'");
      expect(csp.get('form-action')).toBe("'self'");
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    });
  }

  it('serves the UI page itself', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('sends HSTS only on answers the client got over https', async () => {
    expect((await app.inject({ url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    expect((await behindProxy.inject({ url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    const https = await behindProxy.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
