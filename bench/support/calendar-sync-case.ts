// Initial sync of 5,000 and 50,000 future appointments of one provider, against the sandbox's
// scale seed in its own process: Healthie requests against the floor, wall time against a bare
// loop that only pages the same appointments, peak RSS, and a no-change re-sync.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estimatedPageSizes as healthiePageSizes } from '../../src/healthie/page-sizes.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import { executeSyncRun } from '../../src/integration/calendar-sync/run-sync.ts';
import { linkCalendar } from '../../src/integration/calendar-sync/link-calendar.ts';
import { requestSync } from '../../src/integration/calendar-sync/request-sync.ts';
import { futureWindow } from '../../src/integration/calendar-sync/sync-window.ts';
import { clientForWorkspace } from '../../src/integration/connection/connection-client.ts';
import { connectHealthie } from '../../src/integration/connection/connect.ts';
import type { IntegrationContext } from '../../src/integration/context.ts';
import { defaultRetryPolicy } from '../../src/healthie/retry-policy.ts';
import { generateKeyEntry, parseKeyringEnv } from '../../src/platform/keyring.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { systemActor } from '../../src/workspace/audit.ts';
import { createCalendar } from '../../src/workspace/calendars.ts';
import { createWorkspace } from '../../src/workspace/workspaces.ts';
import { fmt, startSandboxProcess, withPeakRss } from './bench-tools.ts';
import { emptyPostgres } from './engines.ts';
import { HEALTHIE_API_VERSION } from '../../src/healthie/transport.ts';

const TIMEZONE = 'UTC';

async function context(database: Database, sandboxHost: string): Promise<IntegrationContext> {
  return {
    database,
    keyring: parseKeyringEnv(generateKeyEntry()),
    logger: createLogger({ level: 'silent' }),
    healthie: { apiVersion: HEALTHIE_API_VERSION, timeoutMs: 30_000, retry: defaultRetryPolicy, maxConcurrent: 4, baseUrlPolicy: { allowedHosts: [sandboxHost] } },
    sync: { intervalMinutes: 15, intervalWithWebhooksMinutes: 60, fullReconcileHours: 6, staleAfterMs: 600_000, incrementalOverlapMs: 60_000 },
    webhooks: { publicUrl: null, reconcileMinutes: 10, replayWindowMs: 300_000 },
    jobs: { send: async () => 'bench' },
  };
}

async function measure(engine: 'postgres' | 'pglite', openDb: () => Promise<Database>, futureTarget: number) {
  // The scale seed spreads appointments over a year back and a year ahead: twice the target gives ~target future ones.
  const sandbox = await startSandboxProcess({ providers: 1, patients: 2_000, appointments: futureTarget * 2 });
  const database = await openDb();
  try {
    const ctx = await context(database, sandbox.hostPort);
    const workspace = await createWorkspace(database.db, { name: 'Bench', slug: `bench-${Date.now()}`, features: ['ehr_healthie'] });
    await connectHealthie(ctx, { workspaceId: workspace.id, apiKey: sandbox.apiKey, baseUrl: sandbox.url, actor: systemActor });
    const { client } = await clientForWorkspace(ctx, workspace.id);
    const providers = await client.providers();
    let provider = providers[0]!;
    let future = 0;
    const window = futureWindow(TIMEZONE, new Date());
    for (const candidate of providers) {
      let total = 0;
      for await (const _ of client.appointmentPages({ providerId: candidate.id, startDate: window.start.toISOString(), endDate: window.end.toISOString(), onTotal: (t) => (total = t) })) break;
      if (total > future) [provider, future] = [candidate, total];
    }

    const bare = await withPeakRss(async () => {
      const { client: bareClient } = await clientForWorkspace(ctx, workspace.id);
      let n = 0;
      for await (const page of bareClient.appointmentPages({ providerId: provider.id, startDate: window.start.toISOString(), endDate: window.end.toISOString(), orderBy: 'DATE_ASC' })) n += page.length;
      return { n, requests: bareClient.requests };
    });

    const calendar = await createCalendar(database.db, workspace.id, { name: 'Bench', timezone: TIMEZONE });
    const linked = await linkCalendar(ctx, { workspaceId: workspace.id, calendarId: calendar.id, providerId: provider.id, actor: systemActor });
    global.gc?.();
    const baselineMb = process.memoryUsage().rss / 1_048_576;
    const initial = await withPeakRss(() => executeSyncRun(ctx, linked.run.id));
    const again = await requestSync(ctx, { workspaceId: workspace.id, calendarId: calendar.id, kind: 'manual', mode: 'full' });
    const resync = await withPeakRss(() => executeSyncRun(ctx, again.run.id));

    const run = initial.result!;
    const floor = Math.ceil(bare.result.n / healthiePageSizes.appointments) + 1;
    const written = resync.result!.counts.created + resync.result!.counts.updated + resync.result!.counts.cancelled;
    console.log(`  ${engine}, ${bare.result.n} future appointments (page size ${healthiePageSizes.appointments}):`);
    console.log(`    initial sync: ${fmt(initial.ms / 1000, 2)} s, ${run.requests} Healthie requests (floor ${floor}: pages + 1 appointment-type page), created ${run.counts.created}, status ${run.status}`);
    console.log(`    bare paging loop: ${fmt(bare.ms / 1000, 2)} s, ${bare.result.requests} requests; sync / bare = ${fmt(initial.ms / bare.ms, 2)}x (target <= 1.3x)`);
    console.log(`    peak RSS during the initial sync: ${fmt(initial.peakMb, 0)} MB (target < 300 MB at 50,000; ${fmt(baselineMb, 0)} MB before it, peak JS heap ${fmt(initial.peakHeapMb, 0)} MB)`);
    console.log(`    no-change re-sync: ${fmt(resync.ms / 1000, 2)} s, ${written} rows written (unchanged ${resync.result!.counts.unchanged})`);
  } finally {
    await database.close();
    sandbox.stop();
  }
}

const [engine, target] = [process.argv[2] as 'postgres' | 'pglite', Number(process.argv[3])];
if (engine === 'postgres') {
  const url = process.env.BENCH_DATABASE_URL!;
  await measure('postgres', async () => {
    await emptyPostgres(url);
    return openDatabase({ kind: 'postgres', url });
  }, target);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'hc-bench-'));
  await measure('pglite', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    return { ...db, close: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
  }, target);
}
