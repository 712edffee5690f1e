import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface SandboxProcess {
  url: string;
  hostPort: string;
  apiKey: string;
  pid: number;
  stop(): void;
}

export async function startSandboxProcess(scale: { providers: number; patients: number; appointments: number }): Promise<SandboxProcess> {
  const script = fileURLToPath(new URL('./sandbox-process.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(scale)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  return { ...(JSON.parse(first) as Omit<SandboxProcess, 'stop' | 'pid'>), pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

/**
 * Samples this process's memory while `work` runs: the peak RSS and the peak of live JS heap
 * (heapUsed), which tells data held from garbage not yet collected. MB.
 */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; peakHeapMb: number; ms: number }> {
  let peak = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return { result, peakMb: peak / 1_048_576, peakHeapMb: heap / 1_048_576, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
