import type { Database } from '../db/database.ts';
import type { RetryPolicy } from '../healthie/retry-policy.ts';
import type { Keyring } from '../platform/keyring.ts';
import type { SendOptions } from '../jobs/job-runner.ts';
import type { Logger } from '../platform/logger.ts';
import type { BaseUrlPolicy } from './connection/base-url.ts';

export interface HealthieSettings {
  apiVersion: string;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Requests in flight at once per workspace connection, across every process on PostgreSQL. */
  maxConcurrent: number;
  baseUrlPolicy: BaseUrlPolicy;
}

export interface SyncSettings {
  /** Scheduled sync of every linked calendar, in minutes. */
  intervalMinutes: number;
  /** The scheduled sync's interval for calendars whose connection's webhooks are healthy. */
  intervalWithWebhooksMinutes: number;
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

export interface WebhookSettings {
  /** The base Healthie can reach (webhook URLs start here); null: webhooks stay off, polling carries on. */
  publicUrl: string | null;
  reconcileMinutes: number;
  /** A delivery signed longer ago than this (or this far ahead) is a replay. */
  replayWindowMs: number;
}

/** Background work the services may ask for (pg-boss in the running process). */
export interface JobQueue {
  /** `startAfterSeconds`: not before then (a retry's backoff); `singletonKey`: one queued per key (a stately queue). null: not queued. */
  send(name: string, data: object, options?: SendOptions): Promise<string | null>;
  /** Works the queue's jobs in this process at once, when it has workers (no waiting for a poll). */
  nudge?(name: string): void;
}

/** What the integration's services need from the running process. */
export interface IntegrationContext {
  database: Database;
  keyring: Keyring;
  logger: Logger;
  healthie: HealthieSettings;
  sync: SyncSettings;
  webhooks: WebhookSettings;
  jobs: JobQueue;
}
