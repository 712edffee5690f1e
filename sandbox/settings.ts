// Knobs of the sandbox that tests and developers turn (PUT /_sandbox/settings).
import type { DatetimeFormat } from './datetime.ts';
import type { VersionChange } from './schema/version-changes.ts';

/** "enforced": Healthie's rules from 2027-01-31 (the default); "transition": from 2026-07-01 to 2027-01-30. */
export type ApiVersionRules = 'transition' | 'enforced';

export interface Settings {
  datetimeFormat: DatetimeFormat;
  apiVersionRules: ApiVersionRules;
  /** Requests one API key may make per window before TOO_MANY_REQUESTS. */
  rateLimit: { limit: number; windowMs: number };
  /** What an object field (a connection too) costs in the complexity score, where a scalar costs 1. */
  objectFieldCost: number;
  /** Webhook retry clock: the first retry waits baseDelayMs, each next one twice as long. */
  webhookRetry: { baseDelayMs: number; warnAfterMs: number; disableAfterMs: number };
  /**
   * Appointment webhooks for recurring appointments too. Healthie sends them for one-time appointments
   * only, unless its support turns this on for the organization.
   */
  recurringAppointmentWebhooks: boolean;
  /** Fields and arguments that no longer exist from a given API version on. */
  versionChanges: VersionChange[];
}

export const defaultSettings = (): Settings => ({
  datetimeFormat: 'iso',
  apiVersionRules: 'enforced',
  rateLimit: { limit: 250, windowMs: 1_000 },
  objectFieldCost: 1,
  webhookRetry: { baseDelayMs: 60_000, warnAfterMs: 24 * 3_600_000, disableAfterMs: 72 * 3_600_000 },
  recurringAppointmentWebhooks: false,
  versionChanges: [],
});
