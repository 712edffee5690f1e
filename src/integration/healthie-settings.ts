import type { Config } from '../config.ts';
import { defaultRetryPolicy } from '../healthie/retry-policy.ts';
import type { HealthieSettings } from './context.ts';

export function healthieSettingsFrom(config: Pick<Config, 'healthie'>, extraAllowedHosts: string[] = []): HealthieSettings {
  return {
    apiVersion: config.healthie.apiVersion,
    timeoutMs: config.healthie.timeoutMs,
    retry: defaultRetryPolicy,
    maxConcurrent: config.healthie.maxConcurrency,
    baseUrlPolicy: { allowedHosts: [...config.healthie.allowedHosts, ...extraAllowedHosts] },
  };
}
