import { afterAll, beforeAll, expect, it } from 'vitest';
import { calendarScheduledSyncJob, scheduledSyncJob, syncRunJob } from '../../src/integration/calendar-sync/sync-jobs.ts';
import { CONNECTION_CHECK_JOB, connectionCheckJob, connectionHealthCheckJob } from '../../src/integration/connection/health-check.ts';
import type { JobDefinition } from '../../src/jobs/job-definitions.ts';
import { startJobRunner, type JobRunner } from '../../src/jobs/job-runner.ts';
import { createApiFixture, type ApiFixture } from '../support/api-fixture.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';
import { SyncScenario } from '../support/sync-scenario.ts';

let slowSandbox: TestSandbox;
let quickSandbox: TestSandbox;
let fx: ApiFixture;
let worker: JobRunner;
let slow: SyncScenario;
let quick: SyncScenario;

beforeAll(async () => {
  slowSandbox = await startTestSandbox({ seed: 'empty' });
  quickSandbox = await startTestSandbox({ seed: 'empty' });
  fx = await createApiFixture({ allowedHosts: [slowSandbox.hostPort, quickSandbox.hostPort], runJobs: 'queue-only' });
  slow = new SyncScenario(fx, slowSandbox, await fx.createTestWorkspace('Slow'));
  quick = new SyncScenario(fx, quickSandbox, await fx.createTestWorkspace('Quick'));
  for (const s of [slow, quick]) {
    await s.setUp();
    for (let i = 0; i < 5; i++) await s.appointment({ days: i + 1 });
    await s.link();
  }
  // A request timeout longer than the test: the slow workspace's check and sync are still waiting at its end, however loaded the machine.
  const ctx = { ...fx.ctx, healthie: { ...fx.ctx.healthie, timeoutMs: 120_000 } };
  const definitions = [connectionHealthCheckJob(ctx, '0 0 1 1 *'), connectionCheckJob(ctx), scheduledSyncJob(ctx), calendarScheduledSyncJob(ctx), syncRunJob(ctx)];
  worker = await startJobRunner({
    database: fx.database,
    ...(fx.database.url ? { databaseUrl: fx.database.url } : {}),
    logger: fx.ctx.logger,
    definitions: definitions as JobDefinition[],
    work: true,
    pollingIntervalSeconds: 0.3,
    shutdownTimeoutMs: 1_000,
  });
  // From here on the slow workspace's Healthie answers nothing within the request timeout.
  await slowSandbox.setFaults({ latencyMs: 60_000 });
}, 120_000);
afterAll(async () => {
  await worker.stop();
  await fx.close();
  await slowSandbox.close();
  await quickSandbox.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(100);
  }
}
const lastChecked = async (s: SyncScenario) =>
  (await fx.database.query<{ at: Date }>('select last_checked_at as at from healthie_connections where workspace_id = $1', [s.ws.workspace.id])).rows[0]!.at.getTime();

it('the health check of a workspace whose Healthie hangs holds up no other, and gets no second check queued behind the first', async () => {
  const checksOfSlow = async () =>
    (
      await fx.database.query<{ state: string }>("select state from pgboss.job where name = $1 and singleton_key = $2 and state in ('created', 'retry', 'active')", [
        CONNECTION_CHECK_JOB,
        slow.ws.workspace.id,
      ])
    ).rows.map((r) => r.state);
  const before = await lastChecked(quick);
  await worker.send('healthie.connections.check', {});
  expect(await until(() => lastChecked(quick), (at) => at > before)).toBeGreaterThan(before);
  expect(await checksOfSlow()).toEqual(['active']);

  for (let tick = 0; tick < 3; tick++) await worker.send('healthie.connections.check', {});
  await sleep(1_000);
  expect((await checksOfSlow()).sort()).toEqual(['active', 'created']);
}, 60_000);

it('the scheduled sync of a calendar whose Healthie hangs holds up no other workspace’s', async () => {
  const runsOf = async (s: SyncScenario) =>
    (await fx.database.query<{ status: string }>("select status from calendar_sync_runs where calendar_id = $1 and kind = 'scheduled'", [s.calendarId])).rows;
  await worker.send('calendar-sync.schedule', {});
  expect(await until(() => runsOf(quick), (runs) => runs[0]?.status === 'succeeded')).toEqual([{ status: 'succeeded' }]);
  expect(await runsOf(slow)).toEqual([{ status: 'running' }]);
}, 60_000);
