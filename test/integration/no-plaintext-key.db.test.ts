import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/http/app.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { bearer, testContext } from '../support/api-fixture.ts';
import { openTestDatabase, testEngine } from '../support/test-database.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';
import { createWorkspace } from '../../src/workspace/workspaces.ts';
import { issueApiKey } from '../../src/workspace/api-keys.ts';
import { allScopes } from '../../src/workspace/scopes.ts';

let sandbox: TestSandbox;
let database: Database;
let app: App;
let dataDir: string | null = null;
const logLines: string[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  if (testEngine() === 'pglite') {
    dataDir = mkdtempSync(join(tmpdir(), 'hc-plaintext-'));
    database = await openDatabase({ kind: 'pglite', dataDir });
  } else {
    database = await openTestDatabase();
  }
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildApp(testContext(database as never, { allowedHosts: [sandbox.hostPort], logger: createLogger({ level: 'trace', destination: sink }) }));
});
afterAll(async () => {
  await app.close();
  await database.close();
  await sandbox.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the Healthie API key at rest', () => {
  it('appears in no database file, table or log line after a connect (only its last four characters)', async () => {
    const workspace = await createWorkspace(database.db, { name: 'Secrets', slug: 'secrets', features: ['ehr_healthie'] });
    const token = (await issueApiKey(database.db, { workspaceId: workspace.id, name: 't', scopes: allScopes })).token;
    const key = sandbox.adminKey;
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${workspace.id}/connections/healthie`,
      headers: bearer(token),
      payload: { apiKey: key, baseUrl: sandbox.url },
    });
    expect(res.statusCode).toBe(200);
    await app.inject({ method: 'PUT', url: `/api/v1/workspaces/${workspace.id}/connections/healthie`, headers: bearer(token), payload: { apiKey: `${key}-wrong`, baseUrl: sandbox.url } });

    const secret = Buffer.from(key);
    const middle = Buffer.from(key.slice(4, -4));
    for (const table of ['encrypted_secrets', 'healthie_connections', 'audit_log']) {
      const { rows } = await database.query<{ row: string }>(`select row_to_json(t)::text as row from ${table} t`, []);
      expect(rows.length).toBeGreaterThan(0);
      for (const { row } of rows) expect(row).not.toContain(key.slice(4, -4));
    }

    await database.query('checkpoint');
    const dir = dataDir ?? (await database.query<{ data_directory: string }>('show data_directory', [])).rows[0]!.data_directory;
    let scanned = 0;
    for (const file of filesUnder(dir)) {
      const bytes = readFileSync(file);
      scanned += bytes.length;
      expect(bytes.includes(secret), file).toBe(false);
      expect(bytes.includes(middle), file).toBe(false);
    }
    expect(scanned).toBeGreaterThan(1_000_000);
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(key.slice(4, -4));
  });
});
