import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../platform/logger.ts';
import { createFilesPrivately, ensurePrivateDir, tightenTree } from '../platform/private-dir.ts';
import type { Database } from './database.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { openDatabase } from './open-database.ts';

/**
 * The database the configuration names: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR.
 * DATA_DIR holds member data and password hashes: it and everything in it are private to the
 * service user, and an existing one with looser permissions is tightened at start.
 */
export async function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger?: Logger): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  const dataDir = resolve(config.dataDir);
  createFilesPrivately();
  if (ensurePrivateDir(dataDir)) logger?.warn({ dataDir }, 'DATA_DIR was open to other users; made it private to the service user');
  tightenTree(dataDir);
  const release = lockDataDir(dataDir);
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    // A first start copies PGlite's initial cluster in with its own file modes.
    tightenTree(dataDir);
    return {
      ...database,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
