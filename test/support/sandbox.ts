import { startSandbox, type RunningSandbox } from '../../sandbox/server.ts';

export interface TestSandbox extends RunningSandbox {
  /** host:port, for the base-URL allow-list. */
  hostPort: string;
  /** The demo practice's admin key (full permissions). */
  adminKey: string;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  setFaults(faults: Record<string, number>): Promise<void>;
}

export async function startTestSandbox(seed: Parameters<typeof startSandbox>[0] = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ port: 0, seed: 'demo', logger: false, ...seed });
  const control = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${sandbox.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  return {
    ...sandbox,
    hostPort: new URL(sandbox.baseUrl).host,
    adminKey: sandbox.apiKeys[0]!.key,
    control,
    setFaults: async (faults) => void (await control('PUT', '/_sandbox/faults', faults)),
  };
}
