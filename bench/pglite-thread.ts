// Where the embedded database should run during a sync: on the main thread (as the product runs
// it) or in a worker thread. The same pipeline both ways: the product's Healthie client pages a
// provider's future appointments from the sandbox (its own process), two pages ahead as a full pass
// asks, each page turned into events and written as a first sync writes it (one statement, the
// product's applyEvents). Beside them the bare loop that only pages. Medians of 3 rounds, alternating.
import { Worker } from 'node:worker_threads';
import { AppointmentsDocument } from '../src/healthie/generated/graphql.ts';
import { estimatedPageSizes } from '../src/healthie/page-sizes.ts';
import type { SyncedEventFields } from '../src/integration/calendar-sync/appointment-event.ts';
import { futureWindow } from '../src/integration/calendar-sync/sync-window.ts';
import { barePages, busiestProvider } from './support/bare-paging.ts';
import { fmt, startSandboxProcess, type SandboxProcess } from './support/bench-tools.ts';
import { PageWriter } from './support/page-writer.ts';
import { pageAndWrite, sandboxClient } from './support/paging-and-writing.ts';

const ROUNDS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
// Both writers without appointment types: the thread's event type ids would live in the thread's database.
const noRefs = { eventTypeId: () => null, memberId: () => null };

type WritePage = (events: SyncedEventFields[]) => Promise<number>;

async function syncPages(sandbox: SandboxProcess, providerId: string, window: { start: Date; end: Date }, write: WritePage): Promise<{ ms: number; written: number }> {
  const client = sandboxClient(sandbox);
  const started = performance.now();
  const written = await pageAndWrite(client, { providerId, window }, noRefs, write);
  return { ms: performance.now() - started, written };
}

/** A PageWriter in a worker thread, written to by messages. */
async function threadWriter(): Promise<{ write: WritePage; close: () => Promise<void> }> {
  // A worker does not inherit tsx from --import on Node 20: it registers tsx itself, then loads the thread's module.
  const entry = new URL('./support/page-writer-thread.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const waiting = new Map<number, { resolve: (written: number) => void; reject: (error: Error) => void }>();
  worker.on('message', (answer: { id: number; written?: number; error?: string }) => {
    const page = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.error !== undefined) page?.reject(new Error(answer.error));
    else page?.resolve(answer.written!);
  });
  let next = 0;
  return {
    write: (events) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, events });
      }),
    close: async () => {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

export async function run(): Promise<void> {
  const sandbox = await startSandboxProcess({ providers: 1, patients: 2_000, appointments: 50_000 });
  try {
    const window = futureWindow('UTC', new Date());
    const providerId = await busiestProvider(sandbox, window);
    const times = { bare: [] as number[], main: [] as number[], thread: [] as number[] };
    let written = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const bare = performance.now();
      await barePages(sandbox, AppointmentsDocument, 'appointments', { providerId, filter: 'all', startDate: window.start.toISOString(), endDate: window.end.toISOString(), orderBy: 'DATE_ASC' }, estimatedPageSizes.appointments);
      times.bare.push(performance.now() - bare);

      const main = await PageWriter.open();
      const onMain = await syncPages(sandbox, providerId, window, (events) => main.write(events));
      await main.close();
      times.main.push(onMain.ms);
      written = onMain.written;

      const thread = await threadWriter();
      const inThread = await syncPages(sandbox, providerId, window, thread.write);
      await thread.close();
      times.thread.push(inThread.ms);
    }
    const bare = median(times.bare);
    console.log(`Paging and writing ${written.toLocaleString('en-US')} future appointments (median of ${ROUNDS}; the sandbox in its own process)`);
    console.log(`  bare paging                           ${fmt(bare / 1000, 2)} s`);
    console.log(`  PGlite on the main thread (as today)  ${fmt(median(times.main) / 1000, 2)} s  ${fmt(median(times.main) / bare, 2)}x`);
    console.log(`  PGlite in a worker thread             ${fmt(median(times.thread) / 1000, 2)} s  ${fmt(median(times.thread) / bare, 2)}x`);
  } finally {
    sandbox.stop();
  }
}
