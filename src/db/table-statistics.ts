import type { Database } from './database.ts';

/** Appointments a run must have read before the table's statistics are looked at. */
export const REFRESH_STATISTICS_AFTER = 1_000;

/**
 * Refreshes the planner's statistics of a table after a run that wrote many of its rows, or when
 * they picture it as less than half of what the run read (a calendar synced before this refresh
 * existed), and answers whether it did. With a small table's picture, or one that has never seen a
 * calendar, the planner scans all of a calendar's events for each keyed lookup (10 ms a page
 * instead of 1). PGlite has no autovacuum at all; PostgreSQL's gets there within a minute or so,
 * later than a Sync Now clicked right after Link & Sync. A run that changed little of a calendar
 * the statistics already know costs no `analyze` (120 to 300 ms on PGlite at 25,000 events).
 */
export async function refreshStaleStatistics(database: Database, table: 'calendar_events', run: { read: number; written: number }): Promise<boolean> {
  if (run.written < REFRESH_STATISTICS_AFTER) {
    const { rows } = await database.query<{ reltuples: number }>('select reltuples from pg_class where oid = $1::regclass', [table]);
    if (rows[0] && rows[0].reltuples >= run.read / 2) return false;
  }
  await database.query(`analyze ${table}`);
  return true;
}
