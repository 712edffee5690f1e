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

/** What the integration's services need from the running process. */
export interface IntegrationContext {
  database: Database;
  keyring: Keyring;
  logger: Logger;
  healthie: HealthieSettings;
}
