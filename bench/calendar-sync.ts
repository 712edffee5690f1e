// Initial sync of 5,000 and of 50,000 future appointments of one provider, against the sandbox's
// scale seed in its own process: Healthie requests against the floor, wall time against a bare
// loop that only pages the same appointments, peak RSS, and a no-change re-sync. Each engine and
// size runs in a fresh process, so one case's memory does not show in the next.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { optionalPostgres } from './support/engines.ts';

const caseScript = fileURLToPath(new URL('./support/calendar-sync-case.ts', import.meta.url));

export async function run(): Promise<void> {
  console.log('Calendar sync (sandbox scale seed in its own process; each case in a fresh process)');
  const postgres = await optionalPostgres();
  try {
    for (const target of [5_000, 50_000]) {
      for (const engine of postgres ? ['postgres', 'pglite'] : ['pglite']) {
        spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', caseScript, engine, String(target)], {
          stdio: 'inherit',
          env: { ...process.env, ...(postgres ? { BENCH_DATABASE_URL: postgres.url } : {}) },
        });
      }
    }
  } finally {
    await postgres?.stop();
  }
}
