import { pushSendJob } from '../../src/integration/push/push-jobs.ts';
import type { App } from '../../src/http/app.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppContext } from '../../src/http/context.ts';
import { syncRunJob } from '../../src/integration/calendar-sync/sync-jobs.ts';
import type { JobQueue, SyncSettings, WebhookSettings } from '../../src/integration/context.ts';
import { webhookProcessJob } from '../../src/integration/webhooks/process-delivery.ts';
import type { JobDefinition } from '../../src/jobs/job-definitions.ts';
import { startJobRunner, type JobRunner } from '../../src/jobs/job-runner.ts';
import { HEALTHIE_API_VERSION } from '../../src/healthie/transport.ts';
import { generateKeyEntry, parseKeyringEnv } from '../../src/platform/keyring.ts';
import { createLogger, type Logger } from '../../src/platform/logger.ts';
import { addToWorkspace, createAccount } from '../../src/workspace/accounts.ts';
import { issueApiKey } from '../../src/workspace/api-keys.ts';
import { allScopes, type Scope } from '../../src/workspace/scopes.ts';
import { createWorkspace, type Workspace } from '../../src/workspace/workspaces.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestWorkspace {
  workspace: Workspace;
  /** A token with every scope. */
  token: string;
  /** A token with exactly these scopes. */
  tokenWith(scopes: Scope[]): Promise<string>;
}

export interface ApiFixture {
  app: App;
  ctx: AppContext;
  /** Jobs the services asked for, when no job runner works them (the default). */
  sentJobs: Array<{ name: string; data: Record<string, unknown> }>;
  database: TestDatabase;
  createTestWorkspace(name: string, options?: { features?: string[] }): Promise<TestWorkspace>;
  close(): Promise<void>;
}

let counter = 0;

/** Short retries so fault tests take seconds, not the production budget. */
export const testRetryPolicy = { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 200, maxElapsedMs: 4_000 };

export interface FixtureOptions {
  allowedHosts?: string[];
  logger?: Logger;
  sync?: Partial<SyncSettings>;
  /**
   * Work jobs with a real pg-boss runner instead of only recording them; 'queue-only' queues them in
   * pg-boss as an API-only process does, for a worker started later to take.
   */
  runJobs?: boolean | 'queue-only';
  /** ENCRYPTION_KEYS for the keyring (a fresh key by default), so another process can share it. */
  encryptionKeys?: string;
  /** Keep PGlite's files in this directory (in memory by default). */
  dataDir?: string;
  webhooks?: Partial<WebhookSettings>;
}

export function testContext(database: TestDatabase, options: FixtureOptions = {}, jobs: JobQueue = { send: async () => null }): AppContext {
  return {
    sync: { intervalMinutes: 15, intervalWithWebhooksMinutes: 60, fullReconcileHours: 6, staleAfterMs: 120_000, incrementalOverlapMs: 0, ...options.sync },
    webhooks: { publicUrl: null, reconcileMinutes: 10, replayWindowMs: 300_000, ...options.webhooks },
    jobs,
    config: { sessionTtlHours: 1 },
    database,
    logger: options.logger ?? createLogger({ level: 'silent' }),
    keyring: parseKeyringEnv(options.encryptionKeys ?? generateKeyEntry()),
    healthie: {
      apiVersion: HEALTHIE_API_VERSION,
      timeoutMs: 3_000,
      retry: testRetryPolicy,
      maxConcurrent: 4,
      baseUrlPolicy: { allowedHosts: options.allowedHosts ?? [] },
    },
  };
}

export async function createApiFixture(options: FixtureOptions = {}): Promise<ApiFixture> {
  const database = await openTestDatabase(options.dataDir ? { dataDir: options.dataDir } : {});
  const sentJobs: ApiFixture['sentJobs'] = [];
  let runner: JobRunner | null = null;
  const ctx = testContext(database, options, {
    send: async (name, data, sendOptions) => {
      sentJobs.push({ name, data: data as Record<string, unknown> });
      return runner ? runner.send(name, data, sendOptions) : `recorded-${sentJobs.length}`;
    },
    nudge: (name) => runner?.nudge(name),
  });
  if (options.runJobs) {
    runner = await startJobRunner({
      database,
      ...(database.url ? { databaseUrl: database.url } : {}),
      logger: ctx.logger,
      definitions: [syncRunJob(ctx) as JobDefinition, webhookProcessJob(ctx) as JobDefinition, pushSendJob(ctx) as JobDefinition],
      work: options.runJobs === true,
      pollingIntervalSeconds: 0.5,
      shutdownTimeoutMs: 5_000,
    });
  }
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    sentJobs,
    database,
    async createTestWorkspace(name, options = {}) {
      const { db } = database;
      counter += 1;
      const workspace = await createWorkspace(db, {
        name,
        slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${counter}`,
        features: options.features ?? ['ehr_healthie'],
      });
      const tokenWith = async (scopes: Scope[]) =>
        (await issueApiKey(db, { workspaceId: workspace.id, name: `test ${scopes.join(' ')}`, scopes })).token;
      return { workspace, token: await tokenWith(allScopes), tokenWith };
    },
    async close() {
      // A test's leftover connection (a keep-alive socket, an assistant's stream) must not hold the
      // close open: by now every test of the file has its answer.
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await runner?.stop();
      await database.close();
    },
  };
}

/** An account that can sign in, belonging to a workspace with the given scopes (all by default). */
export async function createSignInAccount(
  fixture: ApiFixture,
  workspaceId: string,
  input: { email: string; password: string; scopes?: Scope[] },
) {
  const account = await createAccount(fixture.database.db, { email: input.email, name: 'Test Admin', password: input.password });
  await addToWorkspace(fixture.database.db, {
    workspaceId,
    accountId: account.id,
    ...(input.scopes ? { scopes: input.scopes } : {}),
  });
  return account;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
