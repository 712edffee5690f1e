// One calendar's page writes on the embedded database, as a sync makes them (the real migrations,
// the real upsert in one transaction per page), for the main thread or a worker thread alike.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import { upsertEvents } from '../../src/integration/calendar-sync/apply-events.ts';
import type { SyncedEventFields } from '../../src/integration/calendar-sync/appointment-event.ts';

export class PageWriter {
  private constructor(
    private readonly database: Database,
    private readonly target: { workspaceId: string; calendarId: string },
    private readonly dir: string,
  ) {}

  static async open(): Promise<PageWriter> {
    const dir = mkdtempSync(join(tmpdir(), 'hc-bench-pages-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    const target = { workspaceId: randomUUID(), calendarId: randomUUID() };
    await database.query("insert into workspaces (id, name, slug) values ($1, 'Bench', $2)", [target.workspaceId, `bench-${target.workspaceId.slice(0, 8)}`]);
    await database.query("insert into calendars (id, workspace_id, name, slug, timezone, color) values ($1, $2, 'Bench', 'bench', 'UTC', '#336699')", [target.calendarId, target.workspaceId]);
    return new PageWriter(database, target, dir);
  }

  write(events: SyncedEventFields[]): Promise<number> {
    return this.database.db.transaction(async (tx) => (await upsertEvents(tx, this.target, events)).length);
  }

  async close(): Promise<void> {
    await this.database.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
