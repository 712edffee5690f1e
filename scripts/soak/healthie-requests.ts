import type { RunningSandbox } from '../../sandbox/server.ts';

interface Stats {
  total: number;
  byOperation: Record<string, number>;
}

export interface RequestFigures {
  /** Requests per minute of one workspace: the median workspace and the busiest. */
  perMinute: { median: number; max: number };
  /** Every workspace together, by Healthie operation, most first. */
  byOperation: Array<[operation: string, requests: number]>;
}

async function stats(sandbox: RunningSandbox, method: 'GET' | 'DELETE'): Promise<Stats> {
  const res = await fetch(`${sandbox.baseUrl}/_sandbox/stats`, { method });
  if (!res.ok) throw new Error(`sandbox stats: ${res.status}`);
  return (await res.json()) as Stats;
}

/** Starts the count again (after the set-up's links and initial syncs). */
export async function clearRequestCounts(sandboxes: RunningSandbox[]): Promise<void> {
  await Promise.all(sandboxes.map((sandbox) => stats(sandbox, 'DELETE')));
}

/**
 * Every Healthie request each workspace's connection made since the counts were cleared, whatever
 * made it (syncs, health checks, webhook reads, webhook repairs), as its organization's sandbox
 * served them: one sandbox per workspace, so each one's total is that workspace's.
 */
export async function requestFigures(sandboxes: RunningSandbox[], minutes: number): Promise<RequestFigures> {
  const all = await Promise.all(sandboxes.map((sandbox) => stats(sandbox, 'GET')));
  const perMinute = all.map((s) => s.total / minutes).sort((a, b) => a - b);
  const byOperation = new Map<string, number>();
  for (const s of all) for (const [operation, n] of Object.entries(s.byOperation)) byOperation.set(operation, (byOperation.get(operation) ?? 0) + n);
  return {
    perMinute: { median: Math.round(perMinute[Math.floor(perMinute.length / 2)] ?? 0), max: Math.round(perMinute.at(-1) ?? 0) },
    byOperation: [...byOperation].sort((a, b) => b[1] - a[1]),
  };
}
