import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/database.ts';

// One statement, so parallel requests (from any process) each get their own count: a new key or an
// ended window starts at 1, otherwise the count goes up. The database's clock decides the window,
// so processes with different clocks agree.
const COUNT_HIT = `
  insert into rate_limit_counters as c (key, hits, resets_at)
  values ($1, 1, now() + $2::int * interval '1 millisecond')
  on conflict (key) do update set
    hits = case when c.resets_at <= now() then 1 else c.hits + 1 end,
    resets_at = case when c.resets_at <= now() then excluded.resets_at else c.resets_at end
  returning hits, greatest(0, ceil(extract(epoch from resets_at - now()) * 1000))::int as ttl_ms`;

/** Counts one hit on `key` in a fixed window of `windowMs` starting at its first hit. */
async function countHit(database: Database, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const { rows } = await database.query<{ hits: number; ttl_ms: number }>(COUNT_HIT, [key, windowMs]);
  const row = rows[0]!;
  return { current: row.hits, ttl: row.ttl_ms };
}

/** Starts `key` over, as if it had never been hit. */
export async function forgetHits(database: Database, key: string): Promise<void> {
  await database.query('delete from rate_limit_counters where key = $1', [key]);
}

/** A store for @fastify/rate-limit in `rate_limit_counters`, so every process shares the counts. */
export function databaseRateLimitStore(database: Database): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      countHit(database, key, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error as Error),
      );
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
