import { mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'healthie-connect-metrics-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', METRICS_PORT: '0', HEALTHIE_SANDBOX: 'off', LOG_LEVEL: 'silent' });
  server = await startServer(config, createLogger({ level: 'silent' }));
});
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** An address of this machine other than loopback, if it has one. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('METRICS_PORT', () => {
  it('serves /metrics without a token on its own loopback port, and the API port does not', async () => {
    const metricsUrl = new URL(server.metricsUrl!);
    expect(metricsUrl.hostname).toBe('127.0.0.1');
    expect(metricsUrl.port).not.toBe(new URL(server.url!).port);
    const scraped = await fetch(`${server.metricsUrl}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('process_resident_memory_bytes');
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
  });

  it.skipIf(!outsideAddress)('cannot be reached through any other address of the machine', async () => {
    const outside = `http://${outsideAddress}:${new URL(server.metricsUrl!).port}/metrics`;
    await expect(fetch(outside, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
  });
});
