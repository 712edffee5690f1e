import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueRun } from '../../src/integration/calendar-sync/sync-runs.ts';
import { HEALTHIE_API_KEY_PURPOSE } from '../../src/integration/connection/healthie-connection.ts';
import { calendarEvents, healthieConnections, memberLinkBatches, memberMatchRejections } from '../../src/db/schema.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { storeSecret } from '../../src/platform/secret-store.ts';
import { issueApiKey, revokeApiKey } from '../../src/workspace/api-keys.ts';
import { createCalendar } from '../../src/workspace/calendars.ts';
import { createMember } from '../../src/workspace/members.ts';
import { allScopes, hasScope, type Scope } from '../../src/workspace/scopes.ts';
import { bearer, createApiFixture, createSignInAccount, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';
import { testEngine } from '../support/test-database.ts';
import { accountRoutes, routeUrl, workspaceRoutes, type CatalogueRoute, type RouteTargets } from './route-catalogue.ts';

/**
 * Every route of the API, attacked every way a caller can: without credentials, with an expired,
 * a revoked or another workspace's key, a key without the route's scope, a workspace without the
 * route's feature, a cookie session without its CSRF header, an oversized body and a body of the
 * wrong types. Each answer is a 4xx; the database is exactly as it was; no response, log line or
 * file under the data directory carries PHI or a secret.
 */
const phi = { firstName: 'Zebediah', lastName: 'Quillfeather', email: 'zeb.quill@example.com', phone: '+1 415 555 0199' };
const healthieKey = 'gh_attack_suite_healthie_key_7Q2W';
const password = 'attack suite password';
let fx: ApiFixture;
let dataDir: string | null = null;
let mine: TestWorkspace;
let theirs: TestWorkspace;
let withoutHealthie: TestWorkspace;
let targets: RouteTargets;
const tokens: Record<'expired' | 'revoked', string> = { expired: '', revoked: '' };
let cookie = '';
const logLines: string[] = [];
const secrets = () => [healthieKey, password, mine.token, theirs.token, tokens.expired, tokens.revoked, cookie.split('=')[1]!];

beforeAll(async () => {
  if (testEngine() === 'pglite') dataDir = mkdtempSync(join(tmpdir(), 'hc-attack-'));
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  fx = await createApiFixture({ logger: createLogger({ level: 'trace', destination: sink }), ...(dataDir ? { dataDir } : {}) });
  mine = await fx.createTestWorkspace('Mine');
  theirs = await fx.createTestWorkspace('Theirs');
  withoutHealthie = await fx.createTestWorkspace('No Healthie', { features: [] });
  const { db } = fx.database;
  const member = await createMember(db, mine.workspace.id, { ...phi }, 'US');
  const calendar = await createCalendar(db, mine.workspace.id, { name: 'Dr. Quillfeather', timezone: 'UTC' });
  const { run } = await enqueueRun(db, { workspaceId: mine.workspace.id, calendarId: calendar.id, kind: 'manual', mode: 'full', staleAfterMs: 60_000 });
  const [batch] = await db.insert(memberLinkBatches).values({ workspaceId: mine.workspace.id, pairs: [{ memberId: member.id, patientId: '1002' }] }).returning();
  const [event] = await db
    .insert(calendarEvents)
    .values({ workspaceId: mine.workspace.id, calendarId: calendar.id, title: 'Visit', startsAt: new Date('2030-01-01T10:00:00Z'), endsAt: new Date('2030-01-01T10:30:00Z'), durationMinutes: 30 })
    .returning();
  targets = { memberId: member.id, calendarId: calendar.id, runId: run.id, patientId: '1001', batchId: batch!.id, eventId: event!.id };
  // A decision the take-back route would remove, were it not refused.
  await db.insert(memberMatchRejections).values({ workspaceId: mine.workspace.id, memberId: member.id, patientId: targets.patientId });
  const secretId = await storeSecret(db, fx.ctx.keyring, { workspaceId: mine.workspace.id, purpose: HEALTHIE_API_KEY_PURPOSE, value: healthieKey });
  await db.insert(healthieConnections).values({
    workspaceId: mine.workspace.id, baseUrl: 'http://127.0.0.1:1/graphql', secretId, apiKeyLast4: healthieKey.slice(-4), status: 'connected',
    healthieUserId: '1', healthieUserName: 'Amelia Hart', healthieUserEmail: 'amelia@example.com',
  });
  const expired = await issueApiKey(db, { workspaceId: mine.workspace.id, name: 'expired', scopes: allScopes });
  await fx.database.query("update api_keys set expires_at = now() - interval '1 minute' where id = $1", [expired.key.id]);
  const revoked = await issueApiKey(db, { workspaceId: mine.workspace.id, name: 'revoked', scopes: allScopes });
  await revokeApiKey(db, { keyId: revoked.key.id });
  Object.assign(tokens, { expired: expired.token, revoked: revoked.token });
  await createSignInAccount(fx, mine.workspace.id, { email: 'admin@attack.example', password });
  const session = await fx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'admin@attack.example', password } });
  cookie = String(session.headers['set-cookie']).split(';')[0]!;
}, 60_000);
afterAll(async () => {
  await fx.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** For each scope a route needs: a key of the workspace with every scope that does not include it. */
const keyWithout: Partial<Record<Scope, string>> = {};
beforeAll(async () => {
  for (const scope of new Set(allRoutes.flatMap((r) => (r.scope ? [r.scope] : [])))) {
    keyWithout[scope] = await mine.tokenWith(allScopes.filter((s) => !hasScope([s], scope)));
  }
});

/** Each table's rows, hashed; the time a key was last used is bookkeeping, not data. */
async function databaseSnapshot(): Promise<Record<string, string>> {
  const { rows: tables } = await fx.database.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public' order by 1");
  const snapshot: Record<string, string> = {};
  for (const { tablename } of tables) {
    const row = tablename === 'api_keys' ? "to_jsonb(x) - 'last_used_at'" : 'to_jsonb(x)';
    const { rows } = await fx.database.query<{ digest: string | null }>(`select md5(string_agg((${row})::text, '|' order by (${row})::text)) as digest from "${tablename}" x`);
    snapshot[tablename] = rows[0]!.digest ?? 'empty';
  }
  return snapshot;
}

/** A list where an object belongs and the other way round; strings become numbers and numbers strings. */
function wrongTypes(body: unknown): unknown {
  if (Array.isArray(body)) return { items: body };
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, wrongTypes(value)]));
  if (typeof body === 'string') return 12345;
  if (typeof body === 'number') return 'not a number';
  return [];
}

const KiB = 1024;
/** Larger than the route takes, by a margin: the default limit, or the route's own. */
const oversized = (route: CatalogueRoute) => JSON.stringify({ padding: 'x'.repeat((route.bodyLimitKiB ?? 64) * KiB + 512) });

interface Attack {
  name: string;
  status: number;
  applies(route: CatalogueRoute): boolean;
  headers(): Record<string, string>;
  workspace?: () => TestWorkspace;
  body?: (route: CatalogueRoute) => unknown;
  contentType?: string;
}

const unsafe = (route: CatalogueRoute) => route.method !== 'GET';
const attacks: Attack[] = [
  { name: 'no credentials', status: 401, applies: () => true, headers: () => ({}) },
  { name: 'an expired key', status: 401, applies: () => true, headers: () => bearer(tokens.expired) },
  { name: 'a revoked key', status: 401, applies: () => true, headers: () => bearer(tokens.revoked) },
  { name: "another workspace's key with every scope", status: 404, applies: (r) => r.workspace !== false, headers: () => bearer(theirs.token) },
  {
    name: 'a workspace without Healthie',
    status: 403,
    applies: (r) => Boolean(r.healthie),
    headers: () => bearer(withoutHealthie.token),
    workspace: () => withoutHealthie,
  },
  { name: 'a cookie session without the CSRF header', status: 403, applies: unsafe, headers: () => ({ cookie }) },
  { name: 'an oversized body', status: 413, applies: (r) => Boolean(r.body), headers: () => bearer(mine.token), body: oversized, contentType: 'application/json' },
  { name: 'a body of the wrong types', status: 400, applies: (r) => Boolean(r.body), headers: () => bearer(mine.token), body: (r) => wrongTypes(r.body!(targets)) },
];

const allRoutes = [...workspaceRoutes, ...accountRoutes];

function send(route: CatalogueRoute, attack: Attack) {
  const workspace = attack.workspace?.() ?? mine;
  const body = attack.body ? attack.body(route) : route.body?.(targets);
  return fx.app.inject({
    method: route.method,
    url: routeUrl(route, workspace.workspace.id, targets),
    headers: { ...attack.headers(), ...(attack.contentType ? { 'content-type': attack.contentType } : {}) },
    ...(body !== undefined ? { payload: body as never } : {}),
  });
}

const leaks = (text: string) => [...Object.values(phi), ...secrets()].filter((value) => text.includes(value));

describe('attack suite', () => {
  it('covers every route the OpenAPI document publishes', async () => {
    const spec = (await fx.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const published = Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    // The API names a lone member or calendar {id}; beside another id it keeps its own name.
    const catalogued = allRoutes.map((r) => `${r.method} ${r.path.replace(/\{(memberId|calendarId)\}(?!\/\{)/g, '{id}')}`);
    expect(published.filter((p) => p !== 'POST /api/v1/session').sort()).toEqual([...new Set(catalogued)].sort());
  });

  for (const route of allRoutes) {
    const scope = route.scope;
    const routeAttacks: Attack[] = scope
      ? [...attacks, { name: `a key without ${scope}`, status: 403, applies: () => true, headers: () => bearer(keyWithout[scope]!) }]
      : attacks;
    for (const attack of routeAttacks.filter((a) => a.applies(route))) {
      it(`${route.method} ${route.path} with ${attack.name}: ${attack.status}, nothing written, nothing leaked`, async () => {
        const before = await databaseSnapshot();
        const logsBefore = logLines.length;
        const res = await send(route, attack);
        expect(res.statusCode, res.body).toBe(attack.status);
        expect(res.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
        expect(leaks(res.body)).toEqual([]);
        expect(leaks(logLines.slice(logsBefore).join('\n'))).toEqual([]);
        expect(await databaseSnapshot()).toEqual(before);
      });
    }
  }

  it('leaves no secret in any file under the data directory, and no PHI outside the database files', () => {
    if (!dataDir) return;
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    for (const file of files(dataDir)) {
      const content = readFileSync(file).toString('latin1');
      expect(secrets().filter((secret) => content.includes(secret)), file).toEqual([]);
      if (!file.includes(join(dataDir, 'base')) && !file.includes('pg_wal')) expect(leaks(content), file).toEqual([]);
    }
  });
});

