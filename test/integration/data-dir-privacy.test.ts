import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';

const TOKEN = 'gr_privacy_admin_token_0123456789';
let dataDir: string;
let server: RunningServer | null = null;
const logLines: string[] = [];
let startFiles: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hc-private-'));
  // A data directory as an older version (or a copy) left it: open to everyone.
  chmodSync(dataDir, 0o755);
  writeFileSync(join(dataDir, 'left-over.log'), 'x', { mode: 0o644 });
  chmodSync(join(dataDir, 'left-over.log'), 0o644);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HEALTHIE_SANDBOX: 'on', SANDBOX_PORT: '0', BOOTSTRAP_ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'info' });
  server = await startServer(config, createLogger({ level: 'info', destination: sink }));
  startFiles = entriesUnder(dataDir).filter((path) => lstatSync(path).isFile() && !path.endsWith('.pid'));
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server!.url}/api/v1/workspaces/demo-clinic${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function entriesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return lstatSync(path).isDirectory() ? [path, ...entriesUnder(path)] : [path];
  });
}

describe('DATA_DIR (embedded database, keyring)', () => {
  it('holds nothing readable by group or others after start, a sync and matching', async () => {
    const sandbox = server!.sandbox!;
    await api('PUT', '/connections/healthie', { apiKey: sandbox.apiKeys[0]!.key, baseUrl: sandbox.url });
    const [provider] = await api<Array<{ id: string }>>('GET', '/healthie/providers');
    const [calendar] = await api<Array<{ id: string }>>('GET', '/calendars');
    const { run } = await api<{ run: { id: string } }>('PUT', `/calendars/${calendar!.id}/healthie-link`, { providerId: provider!.id });
    for (let status = ''; status !== 'succeeded'; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await api<{ status: string }>('GET', `/calendars/${calendar!.id}/sync-runs/${run.id}`)).status;
      expect(status).not.toBe('failed');
    }
    await api('POST', '/healthie/member-matches');
    await server!.stop();
    server = null;

    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const entries = entriesUnder(dataDir);
    // Every directory is the service user's alone, so no file in it can be read by anyone else.
    expect(entries.filter((path) => lstatSync(path).isDirectory() && (lstatSync(path).mode & 0o777) !== 0o700)).toEqual([]);
    // The files there at start (left over, the keyring, the initial cluster) carry no bits for others
    // either; those still there: a checkpoint removes the files of an index a migration dropped.
    expect(startFiles.filter((path) => existsSync(path) && (lstatSync(path).mode & 0o077) !== 0)).toEqual([]);
    expect(startFiles.some((path) => path.endsWith('keyring.json'))).toBe(true);
    expect(startFiles.some((path) => path.endsWith('left-over.log'))).toBe(true);
    expect(logLines.some((line) => line.includes('made it private'))).toBe(true);
  });
});
