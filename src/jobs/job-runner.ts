import PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';
import type { Logger } from '../platform/logger.ts';
import type { JobDefinition } from './job-definitions.ts';

/** Where pg-boss keeps a job whose retries are spent (or that expired on its last attempt), for 14 days. */
export const DEAD_LETTER_QUEUE = 'dead-letters';

export interface SendOptions {
  /** Not before this many seconds from now. */
  startAfterSeconds?: number;
  /** With a `stately` queue: one queued and one running job per key. */
  singletonKey?: string;
}

export interface JobRunner {
  boss: PgBoss;
  /** null: the queue already holds a job with this singletonKey. */
  send(name: string, data: object, options?: SendOptions): Promise<string | null>;
  /**
   * Works `name`'s queued jobs here and now, when this process works jobs: what was just queued does
   * not wait for the next poll. Other processes still take what this one does not get to.
   */
  nudge(name: string): void;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  database: Database;
  /** For PostgreSQL: pg-boss keeps its own small pool. */
  databaseUrl?: string;
  logger: Logger;
  definitions: JobDefinition[];
  /** Run handlers and schedules here (ROLE=all|worker), or only enqueue (ROLE=api). */
  work: boolean;
  /** How long stop() lets running jobs finish before leaving them to expire and retry elsewhere. */
  shutdownTimeoutMs?: number;
  /** How often an idle queue is looked at for jobs (2 s by default). */
  pollingIntervalSeconds?: number;
}

/**
 * pg-boss on either engine: on PostgreSQL through its own pool, on PGlite through our connection
 * (pg-boss sends plain SQL; the adapter passes it on).
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { database, logger } = options;
  const boss = options.databaseUrl
    ? new PgBoss({ connectionString: options.databaseUrl, max: 4 })
    : new PgBoss({ db: { executeSql: (text, values) => database.query(text, values) } });
  // The message is left out: pg-boss relays database errors, which can quote the values that failed.
  boss.on('error', (error: Error & { code?: string }) => logger.error({ err: { type: error.name, code: error.code } }, 'job runner error'));
  await boss.start();
  await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionMinutes: 14 * 24 * 60 });
  for (const definition of options.definitions) {
    const queue = {
      name: definition.name,
      policy: definition.policy ?? 'standard',
      retryLimit: definition.retryLimit ?? 3,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds ?? 15 * 60,
      deadLetter: DEAD_LETTER_QUEUE,
    };
    // createQueue leaves an existing queue as it was; the update brings it to this release's numbers.
    await boss.createQueue(definition.name, queue);
    await boss.updateQueue(definition.name, queue);
  }
  const handle = (definition: JobDefinition, job: PgBoss.Job<object>) =>
    definition.handler(job.data, { database, logger: logger.child({ job: definition.name, jobId: job.id }) });
  const work = async (definition: JobDefinition, job: PgBoss.Job<object>) => {
    try {
      await handle(definition, job);
      await boss.complete(definition.name, job.id);
    } catch (error) {
      logger.warn({ job: definition.name, jobId: job.id, err: { type: (error as Error).name } }, 'job failed; pg-boss retries it');
      // Without the database the job cannot be marked: it expires and comes back instead.
      await boss.fail(definition.name, job.id).catch(() => undefined);
    }
  };
  // One drain per queue in this process, whether a poll or a nudge started it: at most `concurrency`
  // jobs of a queue run here at once, and a slot that comes free is filled at once, so a slow job
  // holds up only its own slot. A nudge while it drains asks for one more look before it stops.
  const draining = new Map<string, { again: boolean; done: Promise<void> }>();
  let stopping = false;
  const drain = async (definition: JobDefinition, state: { again: boolean }) => {
    const slots = definition.concurrency ?? 1;
    const running = new Set<Promise<void>>();
    try {
      while (!stopping) {
        const jobs = running.size < slots ? await boss.fetch<object>(definition.name, { batchSize: slots - running.size }) : [];
        for (const job of jobs) {
          const one: Promise<void> = work(definition, job).finally(() => running.delete(one));
          running.add(one);
        }
        if (jobs.length > 0 && running.size < slots) continue;
        if (running.size > 0) await Promise.race(running);
        else if (state.again) state.again = false;
        else return;
      }
    } finally {
      await Promise.all(running);
    }
  };
  const nudge = (name: string) => {
    const definition = options.definitions.find((d) => d.name === name);
    if (!options.work || !definition || stopping) return;
    const running = draining.get(name);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false, done: Promise.resolve() };
    state.done = drain(definition, state)
      .catch((error: unknown) => logger.error({ job: name, err: { type: (error as Error).name } }, 'job drain failed'))
      .finally(() => draining.delete(name));
    draining.set(name, state);
  };
  const polls: NodeJS.Timeout[] = [];
  if (options.work) {
    for (const definition of options.definitions) {
      polls.push(setInterval(() => nudge(definition.name), (options.pollingIntervalSeconds ?? 2) * 1000));
      nudge(definition.name);
      if (definition.schedule) await boss.schedule(definition.name, definition.schedule);
    }
  }
  return {
    boss,
    send: (name, data, sendOptions = {}) =>
      boss.send(name, data, {
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
      }),
    nudge,
    async stop() {
      stopping = true;
      for (const poll of polls) clearInterval(poll);
      const timeout = options.shutdownTimeoutMs ?? 30_000;
      // Jobs still running after the timeout are left to expire and be retried elsewhere.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all([...draining.values()].map((d) => d.done)), new Promise((r) => (timer = setTimeout(r, timeout)))]);
      clearTimeout(timer);
      await boss.stop({ graceful: true, wait: true, timeout });
    },
  };
}
