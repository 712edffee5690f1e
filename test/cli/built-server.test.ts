import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'hc-built-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * `npm start` runs the bundle, not the sources: from dist/ it must still find its migrations, and
 * the embedded sandbox its schema.
 */
describe("npm start's bundle", () => {
  it('builds, starts on a fresh DATA_DIR with the embedded sandbox, and reaches Healthie through it', { timeout: 120_000 }, async () => {
    await run('npm', ['run', '-s', 'build:server'], { timeout: 60_000 });
    const child = spawn(process.execPath, ['dist/healthie-connect.mjs', 'serve'], {
      env: { ...process.env, DATA_DIR: join(dataDir, 'data'), DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', SANDBOX_PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let banner = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (banner += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      // Both ports are the system's choice: the banner names them once the service listens.
      for (let waited = 0; waited < 60_000 && !banner.includes('Press Ctrl+C') && child.exitCode === null; waited += 200) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const base = /Web UI and API:\s+(\S+)/.exec(banner)?.[1];
      expect(base, errors).toBeDefined();
      expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: 'ok', database: 'pglite' });
      const token = /Demo API token:\s+(gr_\S+)/.exec(banner)?.[1];
      const workspaceId = /Demo workspace:\s+\S+ \(([0-9a-f-]+)\)/.exec(banner)?.[1];
      const sandboxUrl = /Healthie sandbox:\s+(\S+)/.exec(banner)?.[1];
      const apiKey = /(gh_sbox_\S+)/.exec(banner)?.[1];
      expect([token, workspaceId, sandboxUrl, apiKey].every(Boolean), banner).toBe(true);
      const connected = await fetch(`${base}/api/v1/workspaces/${workspaceId}/connections/healthie`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ apiKey, baseUrl: sandboxUrl }),
      });
      expect(connected.status, await connected.clone().text()).toBe(200);
      const answer = await fetch(`${base}/api/mcp`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_providers', arguments: {} } }),
      });
      const { result } = (await answer.json()) as { result: { isError?: boolean; content: unknown; structuredContent: { providers: unknown[] } } };
      expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
      expect(result.structuredContent.providers.length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
