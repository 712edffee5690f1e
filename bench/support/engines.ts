import { openDatabase } from '../../src/db/open-database.ts';
import { startTemporaryPostgres } from '../../test/support/postgres-server.ts';

export type TemporaryPostgres = Awaited<ReturnType<typeof startTemporaryPostgres>>;

/** A temporary PostgreSQL for a bench, or null where none can start (said so): the bench then measures PGlite only. */
export async function optionalPostgres(): Promise<TemporaryPostgres | null> {
  try {
    return await startTemporaryPostgres();
  } catch (error) {
    console.log(`  PostgreSQL not available (${(error as Error).message}); PGlite only`);
    return null;
  }
}

/** Measures on PGlite, then (unless told not to) on a temporary PostgreSQL where one can start. */
export async function onEachEngine(measure: (engine: 'pglite' | 'postgres', databaseUrl?: string) => Promise<void>, withPostgres = true): Promise<void> {
  await measure('pglite');
  if (!withPostgres) return;
  const postgres = await optionalPostgres();
  if (!postgres) return;
  try {
    await measure('postgres', postgres.url);
  } finally {
    await postgres.stop();
  }
}

/** Empties a PostgreSQL database, as a first start finds it: tables, migrations and jobs gone. */
export async function emptyPostgres(url: string): Promise<void> {
  const database = await openDatabase({ kind: 'postgres', url });
  await database.query('drop schema public cascade; create schema public; drop schema if exists drizzle cascade; drop schema if exists pgboss cascade');
  await database.close();
}
