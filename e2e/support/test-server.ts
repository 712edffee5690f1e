import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCommands } from '../../src/cli/admin-commands.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';

export const ADMIN_EMAIL = 'admin@e2e-clinic.example';
export const ADMIN_PASSWORD = 'e2e-password-123';
export const ADMIN_TOKEN = 'gr_e2e_admin_token_0123456789';
export const WORKSPACE = 'demo-clinic';

export interface TestServer {
  url: string;
  server: RunningServer;
  /** The embedded Healthie sandbox: its GraphQL URL (the Base URL to enter) and its API keys, admin first. */
  sandbox: { url: string; apiKeys: Array<{ key: string; name: string; email: string }> };
  /** Calls the API as the demo admin with its bearer token, for arranging data a test then looks at. */
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** Calls the sandbox's control API (`/_sandbox/...`), as a person working in Healthie would change things. */
  sandboxRequest<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** Adds a user to the demo workspace with exactly these scopes, as `healthie-connect user:create` does. */
  createUser(input: { email: string; name: string; password: string; scopes: string }): Promise<void>;
  stop(): Promise<void>;
}

async function call<T>(url: string, method: string, headers: Record<string, string>, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** A real server (embedded database in a temp dir, demo clinic, embedded Healthie sandbox) on free ports. */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'healthie-connect-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HEALTHIE_SANDBOX: 'on',
    SANDBOX_PORT: '0',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
  });
  const server = await startServer(config, createLogger({ level: 'silent' }));
  const url = server.url!;
  const sandbox = server.sandbox!;
  const sandboxOrigin = new URL(sandbox.url).origin;
  return {
    url,
    server,
    sandbox,
    request: (method, path, body) => call(url + path, method, { authorization: `Bearer ${ADMIN_TOKEN}` }, body),
    sandboxRequest: (method, path, body) => call(sandboxOrigin + path, method, {}, body),
    async createUser(input) {
      await adminCommands['user:create']!.run(server.app!.ctx.database.db, { workspace: WORKSPACE, ...input }, config, server.app!.ctx.database);
    },
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
