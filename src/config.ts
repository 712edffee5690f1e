import { z } from 'zod';
import { HEALTHIE_API_VERSION as LATEST_VALIDATED_VERSION } from './healthie/transport.ts';

/** Healthie signs each delivery attempt anew, so five minutes of clock drift and transit is plenty. */
const REPLAY_WINDOW_MS = 5 * 60_000;

const flag = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: z.string().url().optional(),
  ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  ENCRYPTION_KEYS: z.string().optional(),
  HEALTHIE_SANDBOX: flag.default(true),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  BOOTSTRAP_ADMIN_TOKEN: z.string().startsWith('gr_').min(24).optional(),
  BOOTSTRAP_ADMIN_EMAIL: z.string().email().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(8).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  TRUST_PROXY: z
    .string()
    .transform((v, ctx) => {
      if (['off', 'false', '0'].includes(v)) return false as const;
      if (['on', 'true'].includes(v)) return 1;
      if (/^[1-9]\d?$/.test(v)) return Number(v);
      const addresses = v.split(',').map((a) => a.trim()).filter(Boolean);
      if (addresses.length > 0 && addresses.every((a) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a))) return addresses.join(',');
      ctx.addIssue({ code: 'custom', message: 'off, on (one proxy), a number of proxy hops, or the proxies\' addresses (e.g. 10.0.0.0/8)' });
      return z.NEVER;
    })
    .default(false),
  HEALTHIE_ALLOWED_HOSTS: z.string().default(''),
  HEALTHIE_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-07-01').default(LATEST_VALIDATED_VERSION),
  HEALTHIE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
  HEALTHIE_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  HEALTH_CHECK_CRON: z.string().default('*/5 * * * *'),
  SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  FULL_RECONCILE_HOURS: z.coerce.number().min(0).max(24 * 7).default(6),
  SYNC_STALE_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'an http(s) URL such as https://connect.example.org')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  WEBHOOK_RECONCILE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
  SYNC_INTERVAL_WITH_WEBHOOKS_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  METRICS_TOKEN: z
    .string()
    .regex(/^[\w.~+/-]{16,}=*$/, 'at least 16 characters of letters, digits and -._~+/ (a bearer token)')
    .optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export type Role = 'all' | 'api' | 'worker';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  role: Role;
  encryptionKeys: string | undefined;
  healthieSandbox: boolean;
  sandboxPort: number;
  bootstrap: { token?: string; email?: string; password?: string };
  logLevel: string;
  sessionTtlHours: number;
  /** Behind a load balancer: read the client's protocol and address from X-Forwarded-* headers. */
  /**
   * Which X-Forwarded-* entries to believe: false (none), a number of proxy hops in front of us, or
   * the proxies' addresses. Never "all": the client writes the leftmost entries itself.
   */
  trustProxy: false | number | string;
  healthie: {
    /** host:port pairs the server may send Healthie keys to besides Healthie's own hosts. */
    allowedHosts: string[];
    apiVersion: string;
    timeoutMs: number;
    maxConcurrency: number;
    healthCheckCron: string;
  };
  webhooks: {
    /** Where Healthie can reach this product (its webhook URLs start here); null: none configured. */
    publicUrl: string | null;
    reconcileMinutes: number;
    /** A delivery signed further from now than this is a replay (Healthie signs each attempt anew). */
    replayWindowMs: number;
  };
  sync: {
    intervalMinutes: number;
    /** The scheduled sync's interval while the connection's webhooks are healthy. */
    intervalWithWebhooksMinutes: number;
    fullReconcileHours: number;
    staleAfterMs: number;
    incrementalOverlapMs: number;
  };
  /** Where Prometheus may scrape /metrics: with the token on the API port, or on a loopback-only port. */
  metrics: { token: string | undefined; port: number | undefined };
}

export class ConfigError extends Error {}

/** Reads the process environment; a wrong value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as in most shells' `VAR= command`.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.DATABASE_URL && e.ROLE !== 'all' && !e.ENCRYPTION_KEYS) {
    throw new ConfigError(`ROLE=${e.ROLE} needs ENCRYPTION_KEYS: every process must hold the same keyring`);
  }
  if (!e.DATABASE_URL && e.ROLE !== 'all') {
    throw new ConfigError(`ROLE=${e.ROLE} needs DATABASE_URL: the embedded database serves one process only`);
  }
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT !== 0 && e.METRICS_PORT === e.PORT) {
    throw new ConfigError(`METRICS_PORT: ${e.METRICS_PORT} is already PORT; the metrics need a port of their own`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    role: e.ROLE,
    encryptionKeys: e.ENCRYPTION_KEYS,
    healthieSandbox: e.HEALTHIE_SANDBOX,
    sandboxPort: e.SANDBOX_PORT,
    bootstrap: {
      ...(e.BOOTSTRAP_ADMIN_TOKEN ? { token: e.BOOTSTRAP_ADMIN_TOKEN } : {}),
      ...(e.BOOTSTRAP_ADMIN_EMAIL ? { email: e.BOOTSTRAP_ADMIN_EMAIL } : {}),
      ...(e.BOOTSTRAP_ADMIN_PASSWORD ? { password: e.BOOTSTRAP_ADMIN_PASSWORD } : {}),
    },
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    healthie: {
      allowedHosts: e.HEALTHIE_ALLOWED_HOSTS.split(',').map((h) => h.trim()).filter(Boolean),
      apiVersion: e.HEALTHIE_API_VERSION,
      timeoutMs: e.HEALTHIE_TIMEOUT_MS,
      maxConcurrency: e.HEALTHIE_MAX_CONCURRENCY,
      healthCheckCron: e.HEALTH_CHECK_CRON,
    },
    webhooks: { publicUrl: e.PUBLIC_URL ?? null, reconcileMinutes: e.WEBHOOK_RECONCILE_MINUTES, replayWindowMs: REPLAY_WINDOW_MS },
    sync: {
      intervalMinutes: e.SYNC_INTERVAL_MINUTES,
      intervalWithWebhooksMinutes: e.SYNC_INTERVAL_WITH_WEBHOOKS_MINUTES,
      fullReconcileHours: e.FULL_RECONCILE_HOURS,
      staleAfterMs: e.SYNC_STALE_SECONDS * 1000,
      incrementalOverlapMs: 60_000,
    },
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
  };
}
