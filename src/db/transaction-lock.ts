import { sql } from 'drizzle-orm';
import type { Tx } from './database.ts';

/**
 * Holds a lock named `name` until the transaction ends: transactions that take the same name run
 * one after another, across every process on the database (a PostgreSQL advisory lock).
 */
export async function holdTransactionLock(tx: Tx, name: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${name}))`);
}
