import type { Database } from '../../src/db/database.ts';

/** Runs of one calendar whose times overlap: two workers syncing it at once. */
export async function overlappingRuns(database: Database): Promise<number> {
  const { rows } = await database.query<{ n: number }>(`
    select count(*)::int as n from calendar_sync_runs a join calendar_sync_runs b
      on a.calendar_id = b.calendar_id and a.id < b.id
    where a.started_at is not null and b.started_at is not null
      and a.started_at < coalesce(b.finished_at, now()) and b.started_at < coalesce(a.finished_at, now())`);
  return rows[0]!.n;
}

/** How long sync and scheduled jobs waited from when they could start until a worker started them: p95, ms. */
export async function queueLagP95Ms(database: Database): Promise<number> {
  const { rows } = await database.query<{ p95: number | null }>(`
    select percentile_cont(0.95) within group (order by extract(epoch from started_on - start_after) * 1000) as p95
    from (select started_on, start_after, name from pgboss.job union all select started_on, start_after, name from pgboss.archive) j
    where started_on is not null and name in ('calendar-sync.run', 'calendar-sync.schedule.calendar', 'healthie.connection.check')`);
  return Math.round(rows[0]!.p95 ?? 0);
}

/** Samples the most Healthie requests one workspace had in flight at once, all processes together. */
export function sampleInFlight(database: Database): { stop(): Promise<number> } {
  let most = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await database
        .query<{ n: number }>('select coalesce(max(n), 0)::int as n from (select count(*) as n from healthie_request_leases where expires_at > now() group by workspace_id) l')
        .catch(() => ({ rows: [{ n: 0 }] }));
      most = Math.max(most, rows[0]!.n);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return most;
    },
  };
}
