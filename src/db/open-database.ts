import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database, Db, QueryResult } from './database.ts';
import { ensureCluster, PGLITE_CONF } from './pglite-initdb.ts';
import { TurnTakingClient } from './pglite-turns.ts';
import { projectFile } from '../project-files.ts';
import * as schema from './schema.ts';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir?: string }
  | { kind: 'postgres'; url: string; maxConnections?: number };

const migrationsFolder = projectFile('src/db/migrations');
const MIGRATION_LOCK = 7_340_113;

/** Opens the database and applies every pending migration before handing it out. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'pglite' ? openPglite(target) : openPostgres(target);
}

async function openPglite(target: { dataDir?: string }): Promise<Database> {
  if (target.dataDir) {
    mkdirSync(dirname(target.dataDir), { recursive: true });
    await ensureCluster(target.dataDir);
  }
  const client = await PGlite.create({
    postgresqlconf: PGLITE_CONF,
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
  });
  const sql = new TurnTakingClient(client);
  const drizzleDb = drizzlePglite(sql as unknown as PGlite, { schema });
  await migratePglite(drizzleDb, { migrationsFolder });
  return {
    kind: 'pglite',
    db: drizzleDb as unknown as Db,
    async query<T>(text: string, values?: unknown[]): Promise<QueryResult<T>> {
      if (values && values.length > 0) {
        const result = await sql.query<T>(text, values);
        return { rows: result.rows };
      }
      // The simple protocol accepts several statements; pg-boss sends its DDL that way.
      const results = await sql.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as T[] };
    },
    async close() {
      await client.close();
    },
  };
}

async function openPostgres(target: { url: string; maxConnections?: number }): Promise<Database> {
  await migratePostgres(target.url);
  const pool = new pg.Pool({ connectionString: target.url, max: target.maxConnections ?? 10 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next checkout.
  });
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Db,
    async query<T>(text: string, values?: unknown[]): Promise<QueryResult<T>> {
      const result = await pool.query(text, values);
      return { rows: result.rows as T[] };
    },
    async close() {
      await pool.end();
    },
  };
}

/** Several processes may start at once: a session advisory lock lets one migrate at a time. */
async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}
