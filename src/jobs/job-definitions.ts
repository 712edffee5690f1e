import type { Database } from '../db/database.ts';
import type { Logger } from '../platform/logger.ts';

export interface JobContext {
  database: Database;
  logger: Logger;
}

/** One kind of background work: a pg-boss queue, its handler and, optionally, a cron schedule. */
export interface JobDefinition<Data extends object = object> {
  name: string;
  /** Cron (UTC) on which pg-boss enqueues the job; across processes, once per tick. */
  schedule?: string;
  /** How long one run may take before pg-boss gives it to another worker. */
  expireInSeconds?: number;
  /** Jobs of this queue one process works at once (1 by default). */
  concurrency?: number;
  /** Retries after a failure before the job goes to the dead letters (3 by default). */
  retryLimit?: number;
  /**
   * `stately`: jobs sent with the same singletonKey are one queued and one running at most (a
   * second send while one waits is dropped), pg-boss's own rule.
   */
  policy?: 'standard' | 'stately';
  handler(data: Data, ctx: JobContext): Promise<void>;
}
