import type { SandboxProcess } from './bench-tools.ts';
import type { ProductProcess } from './product-process.ts';

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, pauseMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (performance.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

export async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

/** An answer's size, and ms from the call to its first byte (headers), from there to its last byte, and to parse it. */
export interface AnswerTimings {
  bytes: number;
  firstByteMs: number;
  restMs: number;
  parseMs: number;
}

/** The sandbox's control API and GraphQL, and the product's API, as a bench calls them from outside. */
export class BenchClient {
  constructor(
    readonly sandbox: SandboxProcess,
    readonly product: ProductProcess,
  ) {}

  async control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`http://${this.sandbox.hostPort}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  private callProduct(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.product.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.product.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }

  async api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.callProduct(method, path, body);
    if (!res.ok) throw new Error(`product ${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** A product API call whose answer is large, with where its time went as the caller sees it. */
  async apiAnswer<T>(method: string, path: string): Promise<{ body: T } & AnswerTimings> {
    const called = performance.now();
    const res = await this.callProduct(method, path);
    const headersAt = performance.now();
    const text = await res.text();
    const receivedAt = performance.now();
    if (!res.ok) throw new Error(`product ${method} ${path}: ${res.status} ${text}`);
    const body = JSON.parse(text) as T;
    const parsedAt = performance.now();
    return { body, bytes: Buffer.byteLength(text), firstByteMs: headersAt - called, restMs: receivedAt - headersAt, parseMs: parsedAt - receivedAt };
  }

  async healthie<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.sandbox.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${this.sandbox.apiKey}`, authorizationsource: 'API', 'healthie-graphql-api-version': '2026-07-01' },
      body: JSON.stringify({ query, variables }),
    });
    return ((await res.json()) as { data: T }).data;
  }
}
