import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** Calls the API as the demo admin with its bearer token, for arranging data a test then looks at. */
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** A real server (embedded database in a temp dir, demo clinic) on a free port. */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'healthie-connect-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HEALTHIE_SANDBOX: 'off',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
  });
  const server = await startServer(config, createLogger({ level: 'silent' }));
  const url = server.url!;
  return {
    url,
    server,
    async request<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(url + path, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
