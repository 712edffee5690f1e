import type { Database } from './database.ts';

/** Appointments a run must have read before the table's statistics are refreshed. */
export const REFRESH_STATISTICS_AFTER = 1_000;

/**
 * Refreshes the planner's statistics of a table that has grown. Without fresh ones the planner
 * keeps the picture of a small table, and a keyed lookup into a calendar of thousands of events
 * scans all of them (10 ms a page instead of 1). PGlite has no autovacuum at all; PostgreSQL's
 * gets there within a minute or so, later than a Sync Now clicked right after Link & Sync.
 */
export async function refreshStatistics(database: Database, table: 'calendar_events'): Promise<void> {
  await database.query(`analyze ${table}`);
}
