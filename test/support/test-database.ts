import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openDatabase } from '../../src/db/open-database.ts';

export type TestEngine = 'pglite' | 'postgres';

export const testEngine = (): TestEngine => (process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite');

export interface TestDatabase extends Database {
  /** Empties every table, for a clean slate between tests of one file. */
  truncate(): Promise<void>;
  url?: string;
}

/**
 * A fresh, migrated database of the engine this project runs on; one per test file. PGlite lives in
 * memory unless `dataDir` asks for its files (to look into them).
 */
export async function openTestDatabase(options: { dataDir?: string } = {}): Promise<TestDatabase> {
  if (testEngine() === 'pglite') {
    return withTruncate(await openDatabase({ kind: 'pglite', ...(options.dataDir ? { dataDir: options.dataDir } : {}) }), async () => {});
  }
  const adminUrl = inject('postgresUrl');
  const name = `hc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 5 });
  const db = withTruncate(database, async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  });
  db.url = url.toString();
  return db;
}

function withTruncate(database: Database, afterClose: () => Promise<void>): TestDatabase {
  return {
    ...database,
    async truncate() {
      const { rows } = await database.query<{ tablename: string }>(
        "select tablename from pg_tables where schemaname = 'public'",
        [],
      );
      if (rows.length === 0) return;
      const truncate = `truncate ${rows.map((r) => `"${r.tablename}"`).join(', ')} restart identity cascade`;
      // A job the last test left running can take its locks in another order: PostgreSQL then
      // aborts one side as a deadlock, and the truncate is tried again.
      for (let attempt = 1; ; attempt++) {
        try {
          await database.query(truncate);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== '40P01' || attempt === 3) throw error;
        }
      }
    },
    async close() {
      await database.close();
      await afterClose();
    },
  };
}
