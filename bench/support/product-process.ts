import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProductProcess {
  url: string;
  token: string;
  pid: number;
  /** The process's RSS now and its peak so far (VmRSS, VmHWM), MB; null where /proc is not there. */
  rssMb(): { now: number; peak: number } | null;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** BENCH_PRODUCT_NODE_ARGS: Node options for the product alone (a V8 flag's cost and gain, measured without touching the bare loop). */
const productNodeArgs = () => (process.env.BENCH_PRODUCT_NODE_ARGS ?? '').split(' ').filter(Boolean);

let built = false;

/**
 * What runs the product: what `npm start` runs (its Node options and the bundle, built once per
 * bench), or with BENCH_PRODUCT=source the CLI from its TypeScript sources through tsx, as
 * `healthie-connect serve` runs.
 */
function productCommand(): string[] {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (process.env.BENCH_PRODUCT === 'source') return [join(root, 'bin/healthie-connect.js')];
  if (!built) execFileSync('npm', ['run', '-s', 'build:server'], { cwd: root, stdio: 'inherit' });
  built = true;
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [node, ...args] = start.split(' ').filter((word) => word !== 'serve');
  if (node !== 'node') throw new Error(`npm start runs "${start}", not node`);
  return args.map((arg) => (arg.startsWith('-') ? arg : join(root, arg)));
}

/**
 * The product's `serve` as `npm start` runs it (embedded sandbox off), on PGlite in a fresh
 * DATA_DIR or on `databaseUrl`; resolves once /api/health answers ok.
 */
export async function startProductProcess(options: { databaseUrl?: string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<ProductProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'hc-bench-product-'));
  const token = `gr_${randomBytes(18).toString('hex')}`;
  // npm start's Node options first, so that the bench's own override them.
  const command = productCommand();
  const child = spawn(process.execPath, [...command.slice(0, -1), ...productNodeArgs(), ...(options.nodeArgs ?? []), command.at(-1)!, 'serve'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      HEALTHIE_SANDBOX: 'off',
      LOG_LEVEL: 'warn',
      BOOTSTRAP_ADMIN_TOKEN: token,
      PUBLIC_URL: url,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the product exited with ${code}`))));
  const ready = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.race([ready, exited]);
  return {
    url,
    token,
    pid: child.pid!,
    rssMb() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
        return { now: mb('VmRSS'), peak: mb('VmHWM') };
      } catch {
        return null;
      }
    },
    async stop() {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
