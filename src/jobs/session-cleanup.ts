import { lt, sql } from 'drizzle-orm';
import { rateLimitCounters, sessions } from '../db/schema.ts';
import type { JobDefinition } from './job-definitions.ts';

/** Hourly: expired sign-in sessions, and rate-limit counters whose window has ended. */
export const sessionCleanupJob: JobDefinition = {
  name: 'sessions.cleanup',
  schedule: '17 * * * *',
  async handler(_data, { database, logger }) {
    const { db } = database;
    const removed = await db.delete(sessions).where(lt(sessions.expiresAt, new Date())).returning({ id: sessions.id });
    // The counters' windows are on the database's clock (see http/rate-limit-store.ts).
    const counters = await db.delete(rateLimitCounters).where(lt(rateLimitCounters.resetsAt, sql`now()`)).returning({ key: rateLimitCounters.key });
    logger.info({ removed: removed.length, rateLimitCounters: counters.length }, 'expired sessions and rate-limit counters removed');
  },
};
