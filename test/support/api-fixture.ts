import type { App } from '../../src/http/app.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/platform/logger.ts';
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
  database: TestDatabase;
  createTestWorkspace(name: string, options?: { features?: string[] }): Promise<TestWorkspace>;
  close(): Promise<void>;
}

let counter = 0;

export async function createApiFixture(): Promise<ApiFixture> {
  const database = await openTestDatabase();
  const app = await buildApp({ config: { sessionTtlHours: 1 }, database, logger: createLogger({ level: 'silent' }) });
  await app.ready();
  return {
    app,
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
