// One calendar's page writes as a first sync of an empty calendar makes them: the real migrations,
// the provider's appointment types imported first, each page one statement through the product's
// applyEvents. On PGlite (a fresh data directory) or an emptied PostgreSQL, on the main thread or
// in a worker thread alike.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import type { HealthieAppointmentType } from '../../src/healthie/client.ts';
import { applyEvents, writtenInOneStatement } from '../../src/integration/calendar-sync/apply-events.ts';
import type { EventReferences, SyncedEventFields } from '../../src/integration/calendar-sync/appointment-event.ts';
import { importEventTypes } from '../../src/integration/calendar-sync/event-type-import.ts';
import { emptyPostgres } from './engines.ts';

export class PageWriter {
  private constructor(
    private readonly database: Database,
    private readonly target: { workspaceId: string; calendarId: string },
    private readonly eventTypes: Map<string, string>,
    private readonly dir: string | null,
  ) {}

  static async open(options: { databaseUrl?: string; appointmentTypes?: HealthieAppointmentType[] } = {}): Promise<PageWriter> {
    const { databaseUrl, appointmentTypes = [] } = options;
    const dir = databaseUrl ? null : mkdtempSync(join(tmpdir(), 'hc-bench-pages-'));
    if (databaseUrl) await emptyPostgres(databaseUrl);
    const database = await openDatabase(dir ? { kind: 'pglite', dataDir: join(dir, 'pglite') } : { kind: 'postgres', url: databaseUrl! });
    const target = { workspaceId: randomUUID(), calendarId: randomUUID() };
    const writer = new PageWriter(database, target, new Map(), dir);
    try {
      await database.query("insert into workspaces (id, name, slug) values ($1, 'Bench', $2)", [target.workspaceId, `bench-${target.workspaceId.slice(0, 8)}`]);
      await database.query("insert into calendars (id, workspace_id, name, slug, timezone, color) values ($1, $2, 'Bench', 'bench', 'UTC', '#336699')", [target.calendarId, target.workspaceId]);
      for (const [healthieId, id] of await importEventTypes(database.db, target, appointmentTypes)) writer.eventTypes.set(healthieId, id);
      return writer;
    } catch (error) {
      await writer.close();
      throw error;
    }
  }

  /** What a first sync's page refers to: the imported event types (the upsert itself reads the linked members). */
  get refs(): EventReferences {
    return { eventTypeId: (id) => this.eventTypes.get(id) ?? null, memberId: () => null };
  }

  async write(events: SyncedEventFields[]): Promise<number> {
    // Otherwise the product would write the page in a transaction (an event booked here is adopted first).
    if (!writtenInOneStatement(events, () => false)) throw new Error('a page with an event booked here is not written as one statement');
    return (await applyEvents(this.database.db, this.target, events, { mayBeStored: () => false, writes: 'direct' })).created;
  }

  async close(): Promise<void> {
    await this.database.close();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
