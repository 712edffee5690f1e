import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { tightenTree } from '../platform/private-dir.ts';

/** The settings the embedded database runs with, from its first start on. */
export const PGLITE_CONF = [
  // PGlite's default buffer pool is sized for a server; an embedded single-process database
  // serves well from 32 MB and the process keeps about 100 MB less.
  'shared_buffers=32MB',
];

const run = promisify(execFile);

/**
 * A data directory's first start creates the cluster (initdb), which takes PGlite's WebAssembly
 * memory to about 750 MB; that memory never shrinks, so a service that ran it would carry it for
 * as long as it runs (it opens an existing directory in about 200 MB). As PostgreSQL does, initdb
 * runs as its own short-lived process, into a sibling directory renamed into place once it
 * succeeded, so a first start cut short leaves nothing half made.
 */
export async function ensureCluster(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  if (existsSync(dataDir) && (!lstatSync(dataDir).isDirectory() || readdirSync(dataDir).length > 0)) {
    throw new Error(`${dataDir} holds files but no database; move them away and start again`);
  }
  // Named after the database's directory (whose caller holds DATA_DIR's lock): a start cut short leaves it to the next start of the same one.
  const building = join(dirname(dataDir), `.${basename(dataDir)}.initdb`);
  rmSync(building, { recursive: true, force: true });
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)});
    const db = await PGlite.create({ dataDir: process.argv[1], postgresqlconf: JSON.parse(process.argv[2]) });
    await db.close();`;
  try {
    await run(process.execPath, ['--input-type=module', '--eval', script, building, JSON.stringify(PGLITE_CONF)], { timeout: 120_000 });
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw new Error(`The embedded database could not be created in ${dirname(dataDir)}: ${whyInitdbFailed(error)}`);
  }
  // PGlite writes its files open to everyone; they are the service user's alone before they are in place.
  tightenTree(building);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(building, dataDir);
}

/** The child's own words when it threw (its first error line), else how it ended. */
function whyInitdbFailed(error: unknown): string {
  const failure = error as { stderr?: string; killed?: boolean; code?: number | string; signal?: string };
  const said = failure.stderr?.split('\n').find((line) => /error/i.test(line))?.trim();
  if (said) return said;
  if (failure.killed) return 'initdb did not finish within 2 minutes';
  return failure.signal ? `initdb ended on ${failure.signal}` : `initdb exited with ${failure.code ?? 'an error'}`;
}
