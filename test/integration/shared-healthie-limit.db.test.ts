import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { HEALTHIE_API_VERSION } from '../../src/healthie/transport.ts';
import { createHealthieClient } from '../../src/integration/healthie-client-factory.ts';
import { createWorkspace } from '../../src/workspace/workspaces.ts';
import { testRetryPolicy } from '../support/api-fixture.ts';
import { startCountingProxy, type CountingProxy } from '../support/counting-proxy.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-database.ts';

const onPostgres = testEngine() === 'postgres';
const LIMIT = 3;
let sandbox: TestSandbox;
let proxy: CountingProxy;
let first: TestDatabase;
/** On PostgreSQL a second pool on the same database, as another process has; PGlite serves one process. */
let second: Database;
let workspaceId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  proxy = await startCountingProxy(sandbox.url);
  first = await openTestDatabase();
  second = onPostgres ? await openDatabase({ kind: 'postgres', url: first.url!, maxConnections: 5 }) : first;
  workspaceId = (await createWorkspace(first.db, { name: 'Limits', features: ['ehr_healthie'] })).id;
});
afterAll(async () => {
  if (second !== first) await second.close();
  await first.close();
  await proxy.close();
  await sandbox.close();
});
beforeEach(async () => {
  proxy.reset();
  await sandbox.setFaults({});
});

/** A client as each process makes one for the workspace. */
function clientOn(database: Database) {
  const healthie = { apiVersion: HEALTHIE_API_VERSION, timeoutMs: 3_000, retry: testRetryPolicy, maxConcurrent: LIMIT, baseUrlPolicy: { allowedHosts: [] } };
  return createHealthieClient({ healthie, database }, { workspaceId, destination: { endpoint: proxy.url, stored: proxy.url, pinned: null }, apiKey: sandbox.adminKey });
}

describe('one workspace’s Healthie limit, shared by every process', () => {
  it('two processes sending at once together never have more than HEALTHIE_MAX_CONCURRENCY requests in flight', async () => {
    await sandbox.setFaults({ latencyMs: 150 });
    const clients = [clientOn(first), clientOn(first), clientOn(second), clientOn(second)];
    const users = await Promise.all(Array.from({ length: 24 }, (_, i) => clients[i % clients.length]!.currentUser()));
    expect(users.every((u) => u?.id)).toBe(true);
    expect(proxy.arrivals).toHaveLength(24);
    expect(proxy.maxInFlight).toBe(LIMIT);
  });

  it('a TOO_MANY_REQUESTS seen by one process holds the other’s requests until Healthie’s Retry-After has passed', async () => {
    const refused = proxy.refuseNext(1);
    const a = clientOn(first).currentUser();
    const refusedAt = await refused;
    // The back-off is written before the refused request is retried; give it that moment.
    await new Promise((r) => setTimeout(r, 100));
    const arrivalsBefore = proxy.arrivals.length;
    const b = await clientOn(second).currentUser();
    expect(b?.id).toBeTruthy();
    expect((await a)?.id).toBeTruthy();
    const later = proxy.arrivals.slice(arrivalsBefore);
    expect(later.length).toBeGreaterThan(0);
    expect(Math.min(...later) - refusedAt).toBeGreaterThanOrEqual(950);
  });
});

describe.runIf(onPostgres)('a process that dies holding slots', () => {
  it('its slots come free when their leases expire, by the database clock', async () => {
    await first.query(
      `insert into healthie_request_leases (workspace_id, slot, lease_id, expires_at)
       select $1, s, gen_random_uuid(), now() + interval '1 second' from generate_series(0, $2::int - 1) s`,
      [workspaceId, LIMIT],
    );
    const { rows } = await first.query<{ until: string }>("select (now() + interval '1 second')::text as until");
    const user = await clientOn(second).currentUser();
    expect(user?.id).toBeTruthy();
    const { rows: after } = await first.query<{ waited: boolean }>('select now() >= $1::timestamptz as waited', [rows[0]!.until]);
    expect(after[0]!.waited).toBe(true);
    expect((await first.query('select 1 from healthie_request_leases where workspace_id = $1 and expires_at > now()', [workspaceId])).rows).toHaveLength(0);
  });
});
