import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startSandbox } from '../../sandbox/server.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { generateKeyEntry } from '../../src/platform/keyring.ts';
import { startTemporaryPostgres } from '../../test/support/postgres-server.ts';
import { ProductProcess, startBalancer } from './product-cluster.ts';
import { overlappingRuns, queueLagP95Ms, requestsPerMinute, sampleInFlight } from './soak-figures.ts';
import { SoakPractice } from './soak-practice.ts';

export interface SoakOptions {
  minutes: number;
  workspaces: number;
  calendarsPerWorkspace: number;
  appointmentsPerCalendar: number;
  /** Between two changes in the sandbox, and between two Sync Now clicks. */
  changeEveryMs: number;
  clickEveryMs: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  calendars: number;
  changes: number;
  clicks: { sent: number; refused: number };
  eventsChecked: number;
  lost: number;
  duplicated: number;
  overlappingRuns: number;
  queueLagP95Ms: number;
  requestsPerMinutePerWorkspace: { median: number; max: number };
  mostInFlightPerWorkspace: number;
  limit: number;
  survived: string[];
  unexpectedExits: number;
  logDir: string;
}

const LIMIT = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL, the sandbox, two API processes behind a balancer and three workers; a practice that
 * keeps changing and clicking Sync Now while a worker and an API process are killed and the
 * database restarts; then every calendar against the sandbox's ground truth.
 */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => undefined);
  const server = await startTemporaryPostgres();
  const stops: Array<() => Promise<unknown>> = [() => server.stop()];
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('create database soak');
    await admin.end();
    const url = new URL(server.url);
    url.pathname = '/soak';
    const sandbox = await startSandbox({ port: 0, seed: 'empty', logger: false, settings: { rateLimit: { limit: 1_000_000, windowMs: 1_000 } } });
    stops.push(() => sandbox.close());
    const logDir = mkdtempSync(join(tmpdir(), 'hc-soak-'));
    const env = {
      DATABASE_URL: url.toString(),
      ENCRYPTION_KEYS: generateKeyEntry(),
      HEALTHIE_SANDBOX: 'off',
      HEALTHIE_ALLOWED_HOSTS: new URL(sandbox.baseUrl).host,
      HEALTHIE_MAX_CONCURRENCY: String(LIMIT),
      LOG_LEVEL: 'warn',
      SYNC_INTERVAL_MINUTES: '1',
      HEALTH_CHECK_CRON: '* * * * *',
      SYNC_STALE_SECONDS: '30',
    };
    const start = (role: 'api' | 'worker', n: number) => ProductProcess.start(role, env, join(logDir, `${role}-${n}.log`));
    // The first migrates and bootstraps alone; the others start together.
    const first = await start('api', 0);
    const [second, ...workers] = await Promise.all([start('api', 1), start('worker', 0), start('worker', 1), start('worker', 2)]);
    const apis = [first, second!];
    const processes = [...apis, ...workers];
    stops.push(() => Promise.all(processes.map((p) => p.stop())));
    const balancer = await startBalancer(apis);
    stops.push(() => balancer.close());
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 3 });
    stops.push(() => database.close());
    log(`processes up: 2 api, 3 worker (logs in ${logDir})`);

    const practice = new SoakPractice(sandbox, sandbox.apiKeys[0]!.key, balancer.url);
    await practice.setUp(database, options);
    log(`practice set up: ${options.workspaces} workspaces, ${practice.calendars.length} linked calendars, ${practice.appointments.size} appointments`);

    const inFlight = sampleInFlight(database);
    const survived: string[] = [];
    const durationMs = options.minutes * 60_000;
    const started = Date.now();
    const every = (ms: number, work: () => Promise<void>) =>
      (async () => {
        while (Date.now() - started < durationMs) {
          await work().catch((error: unknown) => log(`step failed: ${(error as Error).message}`));
          await sleep(ms);
        }
      })();
    const at = (share: number, what: string, work: () => Promise<void>) =>
      (async () => {
        await sleep(durationMs * share);
        await work();
        survived.push(what);
        log(`${what} (at ${Math.round((Date.now() - started) / 1000)} s)`);
      })();
    await Promise.all([
      every(options.changeEveryMs, () => practice.change()),
      every(options.clickEveryMs, () => practice.syncNow()),
      at(0.3, 'worker killed (SIGKILL) and restarted', () => workers[0]!.killAndRestart()),
      at(0.45, 'API process killed (SIGKILL) and restarted', () => apis[0]!.killAndRestart()),
      at(0.6, 'database restarted', () => server.restart()),
    ]);
    log(`changes stopped: ${practice.changes} changes, ${practice.clicks.sent} Sync Now clicks`);

    // Settle: once nothing runs, one more Sync Now on every calendar starts a full pass after the last change.
    await untilIdle(database);
    for (const calendar of practice.calendars) await practice.syncNow(calendar);
    await untilIdle(database);

    const verdict = await practice.verify(database);
    return {
      calendars: practice.calendars.length,
      changes: practice.changes,
      clicks: practice.clicks,
      eventsChecked: verdict.checked,
      lost: verdict.lost,
      duplicated: verdict.duplicated,
      overlappingRuns: await overlappingRuns(database),
      queueLagP95Ms: await queueLagP95Ms(database),
      requestsPerMinutePerWorkspace: await requestsPerMinute(database, (Date.now() - started) / 60_000),
      mostInFlightPerWorkspace: await inFlight.stop(),
      limit: LIMIT,
      survived,
      unexpectedExits: processes.reduce((n, p) => n + p.unexpectedExits, 0),
      logDir,
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

/** Until no sync run is queued or running (three minutes at most). */
async function untilIdle(database: import('../../src/db/database.ts').Database): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const { rows } = await database.query<{ n: number }>("select count(*)::int as n from calendar_sync_runs where status in ('queued', 'running')");
    if (rows[0]!.n === 0) return;
    await sleep(500);
  }
  throw new Error('sync runs were still queued or running three minutes after the changes stopped');
}
