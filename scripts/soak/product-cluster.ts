import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../bench/support/product-process.ts';

const bin = fileURLToPath(new URL('../../bin/healthie-connect.js', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One `healthie-connect serve` process of a ROLE, on fixed ports so it comes back where it was. An
 * exit nobody asked for is counted and the process started again, as a supervisor would.
 */
export class ProductProcess {
  unexpectedExits = 0;
  private child: ChildProcess | null = null;
  private stopping = false;

  private constructor(
    readonly role: 'api' | 'worker',
    readonly port: number,
    readonly metricsPort: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {}

  static async start(role: 'api' | 'worker', env: Record<string, string>, logFile: string): Promise<ProductProcess> {
    const product = new ProductProcess(role, await freePort(), await freePort(), env, logFile);
    await product.spawn();
    return product;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** SIGKILL: no shutdown, its jobs and leases left to expire. Resolves once it is back and ready. */
  async killAndRestart(): Promise<void> {
    const child = this.child!;
    this.stopping = true;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    this.stopping = false;
    await this.spawn();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  }

  private async spawn(): Promise<void> {
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [bin, 'serve'], {
      stdio: ['ignore', log, log],
      env: { ...process.env, ...this.env, ROLE: this.role, PORT: String(this.port), METRICS_PORT: String(this.metricsPort), HOST: '127.0.0.1' },
    });
    this.child = child;
    child.once('exit', () => {
      if (this.stopping || this.child !== child) return;
      this.unexpectedExits += 1;
      void sleep(1_000).then(() => (this.stopping ? undefined : this.spawn()));
    });
    const ready = `http://127.0.0.1:${this.metricsPort}/metrics`;
    for (let waited = 0; ; waited += 100) {
      if (child.exitCode !== null) throw new Error(`a ${this.role} process exited while starting (see ${this.logFile})`);
      if (waited > 60_000) throw new Error(`a ${this.role} process did not start within a minute (see ${this.logFile})`);
      const ok = await fetch(ready).then((r) => r.ok, () => false);
      if (ok && (this.role === 'worker' || (await fetch(`${this.url}/api/health`).then((r) => r.ok, () => false)))) return;
      await sleep(100);
    }
  }
}

/**
 * A small load balancer on `port` (chosen before the processes start: it is their PUBLIC_URL): each
 * request to the next API process, and to another when that one is down.
 */
export async function startBalancer(backends: ProductProcess[], port: number): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const forward = (body: Buffer, req: import('node:http').IncomingMessage, backend: ProductProcess) =>
    new Promise<{ status: number; headers: import('node:http').IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const out = request(`${backend.url}${req.url}`, { method: req.method, headers: req.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      out.on('error', reject);
      out.end(body);
    });
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    for (let tried = 0; tried < backends.length; tried++) {
      const backend = backends[next++ % backends.length]!;
      try {
        const answer = await forward(body, req, backend);
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
        return;
      } catch {
        // that process is down: the next one
      }
    }
    res.writeHead(502).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
