import type { App } from '../../src/http/app.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppContext } from '../../src/http/context.ts';
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
  database: TestDatabase;
  createTestWorkspace(name: string, options?: { features?: string[] }): Promise<TestWorkspace>;
  close(): Promise<void>;
}

let counter = 0;

/** Short retries so fault tests take seconds, not the production budget. */
export const testRetryPolicy = { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 200, maxElapsedMs: 4_000 };

export function testContext(database: TestDatabase, options: { allowedHosts?: string[]; logger?: Logger } = {}): AppContext {
  return {
    config: { sessionTtlHours: 1 },
    database,
    logger: options.logger ?? createLogger({ level: 'silent' }),
    keyring: parseKeyringEnv(generateKeyEntry()),
    healthie: {
      apiVersion: HEALTHIE_API_VERSION,
      timeoutMs: 3_000,
      retry: testRetryPolicy,
      maxConcurrent: 4,
      baseUrlPolicy: { allowedHosts: options.allowedHosts ?? [] },
    },
  };
}

export async function createApiFixture(options: { allowedHosts?: string[]; logger?: Logger } = {}): Promise<ApiFixture> {
  const database = await openTestDatabase();
  const ctx = testContext(database, options);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
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
      await app.close();
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
