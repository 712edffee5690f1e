import type { Database } from '../db/database.ts';
import type { RetryPolicy } from '../healthie/retry-policy.ts';
import type { Keyring } from '../platform/keyring.ts';
import type { Logger } from '../platform/logger.ts';
import type { BaseUrlPolicy } from './connection/base-url.ts';

export interface HealthieSettings {
  apiVersion: string;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Requests in flight at once per workspace connection. */
  maxConcurrent: number;
  baseUrlPolicy: BaseUrlPolicy;
}

export interface SyncSettings {
  /** Scheduled sync of every linked calendar, in minutes. */
  intervalMinutes: number;
  /** A scheduled run reads everything (and detects deletions) when the last full one is older than this. */
  fullReconcileHours: number;
  /** A running sync whose heartbeat is older than this was abandoned by its worker. */
  staleAfterMs: number;
  /**
   * Incremental runs re-read changes this far before the last one applied: Healthie's updated_at
   * has second precision and a change may commit after a later one was read.
   */
  incrementalOverlapMs: number;
}

/** Background work the services may ask for (pg-boss in the running process). */
export interface JobQueue {
  send(name: string, data: object): Promise<string | null>;
}

/** What the integration's services need from the running process. */
export interface IntegrationContext {
  database: Database;
  keyring: Keyring;
  logger: Logger;
  healthie: HealthieSettings;
  sync: SyncSettings;
  jobs: JobQueue;
}
