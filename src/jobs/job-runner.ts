import PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';
import type { Logger } from '../platform/logger.ts';
import type { JobDefinition } from './job-definitions.ts';

export interface JobRunner {
  boss: PgBoss;
  send(name: string, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
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
  /** How often idle workers look for jobs (pg-boss polls; 2 s by default). */
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
  for (const definition of options.definitions) {
    await boss.createQueue(definition.name, {
      name: definition.name,
      retryLimit: 3,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds ?? 15 * 60,
    });
  }
  if (options.work) {
    for (const definition of options.definitions) {
      await boss.work<object>(definition.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
        if (!job) return;
        const log = logger.child({ job: definition.name, jobId: job.id });
        await definition.handler(job.data, { database, logger: log });
      });
      if (definition.schedule) await boss.schedule(definition.name, definition.schedule);
    }
  }
  return {
    boss,
    send: (name, data, sendOptions) => boss.send(name, data, sendOptions ?? {}),
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: options.shutdownTimeoutMs ?? 30_000 });
    },
  };
}
