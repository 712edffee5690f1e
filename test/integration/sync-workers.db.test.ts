import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyEntry } from '../../src/platform/keyring.ts';
import { startJobRunner, type JobRunner } from '../../src/jobs/job-runner.ts';
import { syncRunJob } from '../../src/integration/calendar-sync/sync-jobs.ts';
import type { JobDefinition } from '../../src/jobs/job-definitions.ts';
import { ABANDONED_MESSAGE, enqueueRun } from '../../src/integration/calendar-sync/sync-runs.ts';
import { bearer, createApiFixture, type ApiFixture } from '../support/api-fixture.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';
import { SyncScenario } from '../support/sync-scenario.ts';
import { testEngine } from '../support/test-database.ts';

const onPostgres = testEngine() === 'postgres';
const encryptionKeys = generateKeyEntry();
let sandbox: TestSandbox;
let fx: ApiFixture;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
  fx = await createApiFixture({ allowedHosts: [sandbox.hostPort], encryptionKeys, sync: { staleAfterMs: 1_000 }, runJobs: true });
});
afterAll(async () => {
  await fx.close();
  await sandbox.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForRun(s: SyncScenario, runId: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/sync-runs/${runId}`, headers: bearer(s.ws.token) });
    const run = res.json();
    if (run.status === 'succeeded' || run.status === 'failed') return run;
    if (Date.now() > deadline) throw new Error(`run still ${run.status}`);
    await sleep(100);
  }
}

async function scenarioWith(appointments: number): Promise<SyncScenario> {
  await fx.database.truncate();
  await sandbox.setFaults({});
  const s = new SyncScenario(fx, sandbox, await fx.createTestWorkspace('Workers'));
  await s.setUp();
  for (let i = 0; i < appointments; i++) await s.appointment({ days: (i % 60) + 1, hour: 8 + (i % 10), patient: i % 3, pmStatus: ['', 'Confirmed', 'Cancelled', 'No-Show'][i % 4]! });
  return s;
}

describe('sync runs through pg-boss workers', () => {
  it('Link & Sync and Sync Now run in the job worker, with progress readable while they run', async () => {
    const s = await scenarioWith(150);
    await sandbox.setFaults({ latencyMs: 150 });
    const link = await fx.app.inject({ method: 'PUT', url: `${s.base}/calendars/${s.calendarId}/healthie-link`, headers: bearer(s.ws.token), payload: { providerId: s.providerId } });
    expect(link.statusCode).toBe(200);
    expect(link.json().run.status).toBe('queued');
    let sawProgress = false;
    for (let i = 0; i < 200 && !sawProgress; i++) {
      const run = (await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/sync-runs/${link.json().run.id}`, headers: bearer(s.ws.token) })).json();
      sawProgress = run.status === 'running' && run.progress.fetched > 0 && run.progress.expected === 150;
      if (run.status === 'succeeded') break;
      await sleep(50);
    }
    expect(sawProgress).toBe(true);
    const done = await waitForRun(s, link.json().run.id);
    expect(done).toMatchObject({ status: 'succeeded', counts: { created: 150 } });
    await sandbox.setFaults({});
    const now = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) });
    expect(await waitForRun(s, now.json().run.id)).toMatchObject({ status: 'succeeded', counts: { unchanged: 150, created: 0 } });
  });
});

describe.runIf(onPostgres)('worker failures on PostgreSQL', () => {
  it('a worker killed mid-sync, then a new run, ends in the same state as a clean run', async () => {
    const s = await scenarioWith(200);
    await s.link();
    await sandbox.setFaults({});
    for (let i = 0; i < 40; i++) await s.mark(await s.appointment({ days: 70 + i }), 'Confirmed');

    await sandbox.setFaults({ latencyMs: 400 });
    // Queued without a job, so only the child process works it.
    const { run } = await enqueueRun(fx.database.db, { workspaceId: s.ws.workspace.id, calendarId: s.calendarId, kind: 'manual', mode: 'full', staleAfterMs: 1_000 });
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/sync-worker-process.ts'], {
      env: { ...process.env, WORKER_DATABASE_URL: fx.database.url, WORKER_SANDBOX_HOST: sandbox.hostPort, WORKER_ENCRYPTION_KEYS: encryptionKeys, WORKER_RUN_ID: run.id },
      stdio: 'ignore',
    });
    let progressed = false;
    for (let i = 0; i < 300 && !progressed; i++) {
      const { rows } = await fx.database.query<{ status: string; fetched: number }>("select status, (counts->>'fetched')::int as fetched from calendar_sync_runs where id = $1", [run.id]);
      progressed = rows[0]?.status === 'running' && rows[0].fetched > 0;
      if (!progressed) await sleep(50);
    }
    expect(progressed).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    await sandbox.setFaults({});

    await sleep(1_200);
    const rerun = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) });
    expect(rerun.json().joined).toBe(false);
    expect(await waitForRun(s, rerun.json().run.id)).toMatchObject({ status: 'succeeded' });
    const killed = (await fx.app.inject({ url: `${s.base}/calendars/${s.calendarId}/sync-runs/${run.id}`, headers: bearer(s.ws.token) })).json();
    expect(killed).toMatchObject({ status: 'failed', error: ABANDONED_MESSAGE });
    const afterCrash = await s.snapshot();

    await fx.database.query('delete from calendar_events where calendar_id = $1', [s.calendarId]);
    const clean = await fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) });
    expect(await waitForRun(s, clean.json().run.id)).toMatchObject({ status: 'succeeded', counts: { created: 240 } });
    expect(await s.snapshot()).toBe(afterCrash);
  }, 120_000);

  it('two workers never run the same calendar at once', async () => {
    const s = await scenarioWith(120);
    await s.link();
    const definitions = [syncRunJob(fx.ctx) as JobDefinition];
    const workers: JobRunner[] = [];
    for (let i = 0; i < 2; i++) {
      workers.push(await startJobRunner({ database: fx.database, databaseUrl: fx.database.url!, logger: fx.ctx.logger, definitions, work: true, pollingIntervalSeconds: 0.5 }));
    }
    try {
      await sandbox.setFaults({ latencyMs: 60 });
      const runIds = new Set<string>();
      for (let wave = 0; wave < 6; wave++) {
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => fx.app.inject({ method: 'POST', url: `${s.base}/calendars/${s.calendarId}/sync`, headers: bearer(s.ws.token) })),
        );
        for (const a of answers) runIds.add(a.json().run.id);
        expect(new Set(answers.map((a) => a.json().run.id)).size).toBe(1);
        await waitForRun(s, answers[0]!.json().run.id);
      }
      const { rows } = await fx.database.query<{ started_at: Date; finished_at: Date; status: string }>(
        "select started_at, finished_at, status from calendar_sync_runs where calendar_id = $1 and kind = 'manual' order by started_at",
        [s.calendarId],
      );
      expect(rows.length).toBe(runIds.size);
      expect(rows.every((r) => r.status === 'succeeded')).toBe(true);
      for (let i = 1; i < rows.length; i++) {
        expect(new Date(rows[i]!.started_at).getTime()).toBeGreaterThanOrEqual(new Date(rows[i - 1]!.finished_at).getTime());
      }
    } finally {
      await sandbox.setFaults({});
      for (const w of workers) await w.stop();
    }
  });
});
