import type { Database } from './database.ts';

/** Appointments a run must have read before the embedded database's statistics are refreshed. */
export const REFRESH_STATISTICS_AFTER = 1_000;

/**
 * Refreshes the planner's statistics of a table that has grown, on the embedded database: PGlite
 * has no autovacuum, so without this its planner keeps the picture of a table from when it was
 * small, and a keyed lookup into a calendar of thousands of events scans all of them (10 ms a
 * page instead of 1). PostgreSQL's autovacuum does this on its own.
 */
export async function refreshStatistics(database: Database, table: 'calendar_events'): Promise<void> {
  if (database.kind === 'pglite') await database.query(`analyze ${table}`);
}
