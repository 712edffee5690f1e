import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Now on the clock `--cpu-prof` stamps its samples with (the monotonic clock, in microseconds). */
export const profileClockUs = () => Number(process.hrtime.bigint() / 1000n);

/** Where a sample's time went, in words a reader of the note knows. */
function costOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (url.startsWith('wasm://')) return 'PGlite: PostgreSQL (WebAssembly)';
  if (!url) return functionName === '(garbage collector)' ? 'garbage collection' : functionName === '(idle)' ? 'idle (waiting on I/O)' : `native: ${functionName}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === '@electric-sql/pglite' || pkg === '@electric-sql/pg-protocol') return 'PGlite: its JavaScript (protocol, results, file system)';
  if (pkg) return pkg;
  if (url.startsWith('node:')) return `Node: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
  if (url.endsWith('/dist/healthie-connect.mjs')) return 'ours (the bundle; BENCH_PRODUCT=source names the folders)';
  const ours = /\/(src|sandbox)\/(.+)$/.exec(url);
  return ours ? `ours: ${ours[1]}/${ours[2]!.split('/').slice(0, -1).join('/') || ours[2]}` : url;
}

/**
 * The product's costs between two moments of one run, from the `.cpuprofile` files `--cpu-prof`
 * wrote into `dir` (the main thread's is the largest): the top `top`, in ms of samples.
 */
export function topCosts(dir: string, fromUs: number, toUs: number, top = 5, by: 'cost' | 'function' = 'cost'): Array<{ cost: string; ms: number; share: number }> {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) return [];
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byCost = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const spent = profile.timeDeltas[i + 1] ?? 0;
    if (at < fromUs || at > toUs) return;
    const frame = frames.get(id)!;
    const cost = by === 'cost' ? costOf(frame) : `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*node_modules\//, '').replace(/.*\/(src|sandbox)\//, '$1/')}`;
    byCost.set(cost, (byCost.get(cost) ?? 0) + spent);
    total += spent;
  });
  return [...byCost]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([cost, us]) => ({ cost, ms: us / 1000, share: total ? us / total : 0 }));
}
