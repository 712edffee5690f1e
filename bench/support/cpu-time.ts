// CPU time as the OS counts it (Linux /proc): what each process of a case used while it ran, its
// main thread apart, and the whole machine's. Each gives a least wall time the case cannot go under
// without less work: a thread runs on one core at a time, and all share the cores (`os.cpus()`;
// a container's CPU quota is not read). The machine's figure counts anything else that runs, so
// it holds for a machine running nothing but the bench.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

let ticksPerSecond: number | undefined;
function msPerTick(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return 1000 / ticksPerSecond;
}

/** User and system CPU time so far of a /proc stat file (a process's, or one thread's), ms. */
function cpuMsOf(statFile: string): number {
  // The command name (field 2) may hold spaces and parentheses; the fields after its last ')' do not.
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * msPerTick();
}

/**
 * The machine's busy CPU time so far, every core, ms: user, nice, system and interrupts (not idle,
 * I/O wait, or steal, which is another machine's). Anything else running on it is counted too.
 */
function machineBusyMs(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq!) * msPerTick();
}

interface Reading {
  processes: Record<string, { all: number; main: number }>;
  machine: number;
}

function read(processes: Record<string, number>): Reading {
  return {
    processes: Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, { all: cpuMsOf(`/proc/${pid}/stat`), main: cpuMsOf(`/proc/${pid}/task/${pid}/stat`) }])),
    machine: machineBusyMs(),
  };
}

export interface CpuUse {
  /** ms of CPU each named process used in the interval, all threads and its main thread. */
  byProcess: Record<string, { all: number; main: number }>;
  /** ms of CPU the rest of the machine used (a PostgreSQL server, this bench, anything else). */
  rest: number;
  /** The least wall time this CPU allows, ms: the busiest main thread's, or the total spread over every core. */
  bound: number;
  cores: number;
}

/**
 * Starts counting the CPU of the named processes (name -> pid) and of the machine, read every 10 ms
 * (the OS's own figures: nothing asked of the processes). `until(at)` gives what each used up to the
 * last reading before `at` (Date.now()'s clock), or up to now; `end()` stops the readings. Null
 * without /proc.
 */
export function countCpu(processes: Record<string, number>): { until(at?: number): CpuUse; end(): void } | null {
  const readings: Array<{ at: number; reading: Reading }> = [];
  const take = () => readings.push({ at: Date.now(), reading: read(processes) });
  try {
    take();
  } catch {
    return null;
  }
  const timer = setInterval(() => {
    try {
      take();
    } catch {
      // a process ended; its last reading stands
    }
  }, 10);
  return {
    end: () => clearInterval(timer),
    until(at = Infinity) {
      if (at === Infinity) take();
      const started = readings[0]!.reading;
      const ended = readings.findLast((r) => r.at <= at)?.reading ?? started;
      const byProcess = Object.fromEntries(
        Object.entries(ended.processes).map(([name, use]) => [name, { all: use.all - started.processes[name]!.all, main: use.main - started.processes[name]!.main }]),
      );
      const total = ended.machine - started.machine;
      const rest = Math.max(0, total - Object.values(byProcess).reduce((sum, use) => sum + use.all, 0));
      const cores = cpus().length;
      return { byProcess, rest, cores, bound: Math.max(...Object.values(byProcess).map((use) => use.main), total / cores) };
    },
  };
}
