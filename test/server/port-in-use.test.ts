import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startServer } from '../../src/server.ts';

let dataDir: string;
let taken: Server;
let port: number;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'healthie-connect-port-'));
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  port = (taken.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => taken.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

describe('a port another process holds', () => {
  it.each([
    ['SANDBOX_PORT', { SANDBOX_PORT: 'PORT_TAKEN', PORT: '0' }, 'the embedded Healthie sandbox'],
    ['PORT', { PORT: 'PORT_TAKEN', HOST: '127.0.0.1', HEALTHIE_SANDBOX: 'off' }, 'the web UI and API'],
  ])('is named, with what uses it and the setting to change (%s), and the start leaves nothing behind', async (envName, env, what) => {
    const settings = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === 'PORT_TAKEN' ? String(port) : value]));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...settings });
    await expect(startServer(config, createLogger({ level: 'silent' }))).rejects.toThrow(
      `Port ${port} (${what}) is already in use, most likely by another healthie-connect still running. Stop it, or start this one with ${envName} set to a free port.`,
    );
    // The failed start released the data directory: the next start with it works.
    const next = await startServer(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0', HEALTHIE_SANDBOX: 'off' }), createLogger({ level: 'silent' }));
    await next.stop();
  });
});
