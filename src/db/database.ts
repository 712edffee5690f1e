import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A drizzle handle inside or outside a transaction: services accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface QueryResult<T> {
  rows: T[];
}

/** One open database, PGlite or PostgreSQL, with the same drizzle API on both. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL with $1-style parameters; without parameters several statements may be sent at once. */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<T>>;
  close(): Promise<void>;
}
