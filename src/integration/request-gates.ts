import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type { Database } from '../db/database.ts';
import { inProcessGate, sleep, type RequestGate } from '../healthie/request-gate.ts';

// One statement: no slot while a back-off is in force (its remaining time comes back instead),
// otherwise a free or expired slot below the limit, if any. Two processes racing for one slot
// meet on its primary key and the loser gets no row and asks again. The database's clock decides
// the expiries, so processes with different clocks agree.
const ACQUIRE = `
  with pause as (
    select ceil(extract(epoch from backoff_until - now()) * 1000)::int as wait_ms
    from healthie_backoffs where workspace_id = $1 and backoff_until > now()
  ), claimed as (
    insert into healthie_request_leases as l (workspace_id, slot, lease_id, expires_at)
    select $1, s, $2, now() + $3::int * interval '1 millisecond'
    from generate_series(0, $4::int - 1) as s
    where not exists (select 1 from pause)
      and not exists (select 1 from healthie_request_leases h where h.workspace_id = $1 and h.slot = s and h.expires_at > now())
    order by random()
    limit 1
    on conflict (workspace_id, slot) do update set lease_id = excluded.lease_id, expires_at = excluded.expires_at
      where l.expires_at <= now()
    returning slot
  )
  select (select slot from claimed) as slot, (select wait_ms from pause) as wait_ms`;

const RELEASE = 'delete from healthie_request_leases where workspace_id = $1 and slot = $2 and lease_id = $3';

const BACK_OFF = `
  insert into healthie_backoffs as b (workspace_id, backoff_until) values ($1, now() + $2::int * interval '1 millisecond')
  on conflict (workspace_id) do update set backoff_until = greatest(b.backoff_until, excluded.backoff_until)`;

/** How long a waiter sleeps before asking for a slot again, when all are taken. */
const POLL_MS = { min: 15, max: 60 };

/**
 * A workspace's gate shared by every process on the PostgreSQL database: a request takes one of
 * `maxConcurrent` lease rows for as long as it runs (`leaseMs` at most, so a dead process's slot
 * comes free), and reads the workspace's back-off before it is sent. Within the process, requests
 * queue for the same number of slots first, so no more than that many of them ask the database.
 */
function databaseGate(database: Database, workspaceId: string, maxConcurrent: number, leaseMs: number): RequestGate {
  const local = pLimit(maxConcurrent);
  const acquire = async (): Promise<{ slot: number; leaseId: string }> => {
    const leaseId = randomUUID();
    for (;;) {
      const { rows } = await database.query<{ slot: number | null; wait_ms: number | null }>(ACQUIRE, [workspaceId, leaseId, leaseMs, maxConcurrent]);
      const { slot, wait_ms: waitMs } = rows[0]!;
      if (slot !== null) return { slot, leaseId };
      await sleep(waitMs ?? POLL_MS.min + Math.random() * (POLL_MS.max - POLL_MS.min));
    }
  };
  return {
    run: (attempt) =>
      local(async () => {
        const lease = await acquire();
        try {
          return await attempt();
        } finally {
          await database.query(RELEASE, [workspaceId, lease.slot, lease.leaseId]);
        }
      }),
    backOff: async (ms) => void (await database.query(BACK_OFF, [workspaceId, Math.ceil(ms)])),
  };
}

const gates = new WeakMap<Database, Map<string, RequestGate & { maxConcurrent: number }>>();

/**
 * The gate of a workspace's Healthie requests. On PostgreSQL it is shared through the database by
 * every process; PGlite serves one process only, so its gate lives in that process.
 */
export function requestGateFor(database: Database, workspaceId: string, settings: { maxConcurrent: number; leaseMs: number }): RequestGate {
  let byWorkspace = gates.get(database);
  if (!byWorkspace) gates.set(database, (byWorkspace = new Map()));
  let gate = byWorkspace.get(workspaceId);
  if (!gate || gate.maxConcurrent !== settings.maxConcurrent) {
    gate =
      database.kind === 'postgres'
        ? { maxConcurrent: settings.maxConcurrent, ...databaseGate(database, workspaceId, settings.maxConcurrent, settings.leaseMs) }
        : inProcessGate(settings.maxConcurrent);
    byWorkspace.set(workspaceId, gate);
  }
  return gate;
}
