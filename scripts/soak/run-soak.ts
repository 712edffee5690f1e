import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../bench/support/product-process.ts';
import { startSandbox } from '../../sandbox/server.ts';
import { defaultSettings } from '../../sandbox/settings.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { generateKeyEntry } from '../../src/platform/keyring.ts';
import { startTemporaryPostgres } from '../../test/support/postgres-server.ts';
import { clearRequestCounts, requestFigures, type RequestFigures } from './healthie-requests.ts';
import { ProductProcess, startBalancer } from './product-cluster.ts';
import { overlappingRuns, queueLagP95Ms, sampleInFlight } from './soak-figures.ts';
import { SoakPractice } from './soak-practice.ts';
import { untilDelivered, webhookFigures, type WebhookFigures } from './soak-webhooks.ts';

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
  /** Before the closing Sync Now: what webhooks and the scheduled syncs alone left wrong. */
  lostBeforeClosingSync: number;
  lost: number;
  duplicated: number;
  overlappingRuns: number;
  queueLagP95Ms: number;
  healthieRequests: RequestFigures;
  webhooks: WebhookFigures;
  mostInFlightPerWorkspace: number;
  limit: number;
  survived: string[];
  unexpectedExits: number;
  logDir: string;
}

const LIMIT = 4;
/**
 * Healthie's guide gives retries over 3 days with exponential backoff, not the first delay; the
 * sandbox's default first retry after a minute is shortened so that a run of minutes sees several.
 */
const WEBHOOK_RETRY = { ...defaultSettings().webhookRetry, baseDelayMs: 5_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL, a sandbox (a Healthie organization) per workspace, two API processes behind a
 * balancer that is also where Healthie's webhooks arrive, and three workers; a practice that keeps
 * changing and clicking Sync Now while a worker and an API process are killed and the database
 * restarts; then every calendar against the sandboxes' ground truth, and every webhook delivery
 * against the product's records.
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
    const sandboxes = await Promise.all(
      Array.from({ length: options.workspaces }, () =>
        startSandbox({ port: 0, seed: 'empty', logger: false, settings: { rateLimit: { limit: 1_000_000, windowMs: 1_000 }, webhookRetry: WEBHOOK_RETRY } }),
      ),
    );
    stops.push(() => Promise.all(sandboxes.map((sandbox) => sandbox.close())));
    const logDir = mkdtempSync(join(tmpdir(), 'hc-soak-'));
    const balancerPort = await freePort();
    const env = {
      DATABASE_URL: url.toString(),
      ENCRYPTION_KEYS: generateKeyEntry(),
      HEALTHIE_SANDBOX: 'off',
      HEALTHIE_ALLOWED_HOSTS: sandboxes.map((sandbox) => new URL(sandbox.baseUrl).host).join(','),
      HEALTHIE_MAX_CONCURRENCY: String(LIMIT),
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://127.0.0.1:${balancerPort}`,
      SYNC_INTERVAL_MINUTES: '1',
      SYNC_INTERVAL_WITH_WEBHOOKS_MINUTES: '1',
      WEBHOOK_RECONCILE_MINUTES: '2',
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
    const balancer = await startBalancer(apis, balancerPort);
    stops.push(() => balancer.close());
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 3 });
    stops.push(() => database.close());
    log(`processes up: 2 api, 3 worker (logs in ${logDir})`);

    const practice = new SoakPractice(balancer.url);
    await practice.setUp(database, sandboxes, options);
    log(`practice set up: ${options.workspaces} workspaces, ${practice.calendars.length} linked calendars, ${practice.appointments.size} appointments, a webhook per workspace`);

    await clearRequestCounts(sandboxes);
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
    const healthieRequests = await requestFigures(sandboxes, (Date.now() - started) / 60_000);
    log(`changes stopped: ${practice.changes} changes, ${practice.clicks.sent} Sync Now clicks`);

    // Settle: every delivery in and worked, nothing running; then one more Sync Now on every calendar,
    // a full pass after the last change.
    if (!(await untilDelivered(practice.clinics, database, 180_000))) log('webhook deliveries were still open three minutes after the changes stopped');
    await untilIdle(database);
    const beforeClosingSync = await practice.verify(database);
    for (const calendar of practice.calendars) await practice.syncNow(calendar);
    await untilIdle(database);

    const verdict = await practice.verify(database);
    return {
      calendars: practice.calendars.length,
      changes: practice.changes,
      clicks: practice.clicks,
      eventsChecked: verdict.checked,
      lostBeforeClosingSync: beforeClosingSync.lost,
      lost: verdict.lost,
      duplicated: verdict.duplicated,
      overlappingRuns: await overlappingRuns(database),
      queueLagP95Ms: await queueLagP95Ms(database),
      healthieRequests,
      webhooks: await webhookFigures(practice.clinics, database),
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

/** What must be 0 for the soak to pass: nothing lost, duplicated or run twice, no delivery lost or refused. */
export function failures(result: SoakResult) {
  const { webhooks } = result;
  return {
    lost: result.lost,
    duplicated: result.duplicated,
    overlappingRuns: result.overlappingRuns,
    undeliveredWebhooks: webhooks.undelivered,
    refusedWebhooks: webhooks.verdicts.refused ?? 0,
    failedWebhooks: webhooks.outcomes.failed ?? 0,
  };
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
