import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy in front of the sandbox's /graphql that counts the requests in flight through it, keeps
 * when each one arrived, and can answer the next one TOO_MANY_REQUESTS itself.
 */
export interface CountingProxy {
  url: string;
  hostPort: string;
  /** The most requests that were in flight at once. */
  maxInFlight: number;
  arrivals: number[];
  /** The next request is answered TOO_MANY_REQUESTS with this Retry-After (seconds); resolves with the time it was. */
  refuseNext(retryAfterSeconds: number): Promise<number>;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  let inFlight = 0;
  let refusal: { retryAfterSeconds: number; done: (at: number) => void } | null = null;
  const server = createServer(async (req, res) => {
    proxy.arrivals.push(Date.now());
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (refusal) {
      const { retryAfterSeconds, done } = refusal;
      refusal = null;
      res.writeHead(200, { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) });
      res.end(JSON.stringify({ data: null, errors: [{ message: 'Too many requests', extensions: { code: 'TOO_MANY_REQUESTS' } }] }));
      done(Date.now());
      return;
    }
    inFlight += 1;
    proxy.maxInFlight = Math.max(proxy.maxInFlight, inFlight);
    try {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length')) as Record<string, string>;
      const answer = await fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(await answer.text());
    } finally {
      inFlight -= 1;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: CountingProxy = {
    url: `http://127.0.0.1:${port}/graphql`,
    hostPort: `127.0.0.1:${port}`,
    maxInFlight: 0,
    arrivals: [],
    refuseNext: (retryAfterSeconds) => new Promise((done) => (refusal = { retryAfterSeconds, done })),
    reset() {
      proxy.maxInFlight = 0;
      proxy.arrivals = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return proxy;
}
