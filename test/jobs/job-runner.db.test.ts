import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDefinition } from '../../src/jobs/job-definitions.ts';
import { DEAD_LETTER_QUEUE, startJobRunner } from '../../src/jobs/job-runner.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const logger = createLogger({ level: 'silent' });
const until = async (check: () => boolean, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('pg-boss job runner', () => {
  it('runs a job sent to it, and on stop lets a running job finish before returning', async () => {
    const seen: number[] = [];
    let slowStarted = false;
    let slowFinished = false;
    const quick: JobDefinition<{ n: number }> = { name: 'test.quick', handler: async (data) => void seen.push(data.n) };
    const slow: JobDefinition = {
      name: 'test.slow',
      handler: async () => {
        slowStarted = true;
        await new Promise((r) => setTimeout(r, 1500));
        slowFinished = true;
      },
    };
    const runner = await startJobRunner({
      database,
      ...(database.url ? { databaseUrl: database.url } : {}),
      logger,
      definitions: [quick as JobDefinition, slow],
      work: true,
    });
    await runner.send('test.quick', { n: 1 });
    await runner.send('test.quick', { n: 2 });
    await until(() => seen.length === 2);
    expect(seen.sort()).toEqual([1, 2]);

    const slowId = await runner.send('test.slow', {});
    await until(() => slowStarted);
    await runner.stop();
    expect(slowFinished).toBe(true);

    const { rows } = await database.query<{ state: string }>('select state from pgboss.job where id = $1', [slowId]);
    expect(rows[0]?.state).toBe('completed');
  });

  it('only enqueues when told not to work (ROLE=api), leaving the job for a worker', async () => {
    const handled: string[] = [];
    const definition: JobDefinition = { name: 'test.later', handler: async () => void handled.push('done') };
    const api = await startJobRunner({ database, ...(database.url ? { databaseUrl: database.url } : {}), logger, definitions: [definition], work: false });
    await api.send('test.later', {});
    await new Promise((r) => setTimeout(r, 2500));
    expect(handled).toEqual([]);
    await api.stop();
    const worker = await startJobRunner({ database, ...(database.url ? { databaseUrl: database.url } : {}), logger, definitions: [definition], work: true });
    await until(() => handled.length === 1);
    await worker.stop();
  });

  it('works a queue several jobs at a time, and a job that fails goes back to be retried without its batch', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const attempts = new Map<number, number>();
    const definition: JobDefinition<{ n: number }> = {
      name: 'test.batch',
      concurrency: 3,
      async handler({ n }) {
        attempts.set(n, (attempts.get(n) ?? 0) + 1);
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 200));
        running -= 1;
        if (n === 2 && attempts.get(n) === 1) throw new Error('first attempt fails');
        done.push(n);
      },
    };
    const runner = await startJobRunner({ database, ...(database.url ? { databaseUrl: database.url } : {}), logger, definitions: [definition as JobDefinition], work: true, pollingIntervalSeconds: 0.5 });
    try {
      const ids = [];
      for (let n = 1; n <= 6; n++) ids.push(await runner.send('test.batch', { n }));
      runner.nudge('test.batch');
      await until(() => done.length === 6, 30_000);
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(3);
      expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6]);
      // Only the failed job ran twice.
      expect([...attempts.entries()].filter(([, count]) => count > 1)).toEqual([[2, 2]]);
      const { rows } = await database.query<{ state: string }>('select state from pgboss.job where id = any($1::uuid[])', [ids]);
      expect(rows.map((r) => r.state)).toEqual(Array(6).fill('completed'));
    } finally {
      await runner.stop();
    }
  });

  it('a slow job holds up only its own slot: the queue’s other jobs are worked around it', async () => {
    let slowDone = false;
    const quickDone: number[] = [];
    const definition: JobDefinition<{ n: number }> = {
      name: 'test.slots',
      concurrency: 2,
      async handler({ n }) {
        await new Promise((r) => setTimeout(r, n === 0 ? 4_000 : 50));
        if (n === 0) slowDone = true;
        else quickDone.push(n);
      },
    };
    const runner = await startJobRunner({ database, ...(database.url ? { databaseUrl: database.url } : {}), logger, definitions: [definition as JobDefinition], work: false });
    for (let n = 0; n <= 6; n++) await runner.send('test.slots', { n });
    await runner.stop();
    const worker = await startJobRunner({ database, ...(database.url ? { databaseUrl: database.url } : {}), logger, definitions: [definition as JobDefinition], work: true, pollingIntervalSeconds: 0.5 });
    try {
      await until(() => quickDone.length === 6);
      expect(slowDone).toBe(false);
      await until(() => slowDone);
    } finally {
      await worker.stop();
    }
  });

  it('a job whose retries are spent goes to the dead letters with its data', async () => {
    const definition: JobDefinition = {
      name: 'test.doomed',
      retryLimit: 0,
      handler: async () => {
        throw new Error('always fails');
      },
    };
    const runner = await startJobRunner({ database, ...(database.url ? { databaseUrl: database.url } : {}), logger, definitions: [definition], work: true, pollingIntervalSeconds: 0.5 });
    try {
      await runner.send('test.doomed', { workspaceId: 'w-1' });
      const dead = async () => (await database.query<{ data: unknown }>(`select data from pgboss.job where name = '${DEAD_LETTER_QUEUE}'`)).rows;
      const deadline = Date.now() + 20_000;
      while ((await dead()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await dead()).toEqual([{ data: { workspaceId: 'w-1' } }]);
    } finally {
      await runner.stop();
    }
  });
});
