import type { SyncCounts } from '../../db/schema.ts';
import type { HealthieAppointment, HealthieClient } from '../../healthie/client.ts';
import { parseHealthieDateTime } from '../../healthie/datetime.ts';
import { HealthieError } from '../../healthie/errors.ts';
import { readAhead } from '../../healthie/paging.ts';
import { AppError } from '../../platform/errors.ts';
import { getCalendar, type Calendar } from '../../workspace/calendars.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { toEventFields, type EventReferences } from './appointment-event.ts';
import { applyEvents, cancelEvents, loadStoredEvents, type StoredEvents } from './apply-events.ts';
import { importEventTypes } from './event-type-import.ts';
import { healthieLinkOf, type HealthieLinkSettings } from './linked-calendar.ts';
import { membersByPatientId } from './member-references.ts';
import { claimRun, finishRun, getRun, recordProgress, type SyncRun } from './sync-runs.ts';
import { getSyncState, saveSyncState } from './sync-state.ts';
import { futureWindow } from './sync-window.ts';

class RunAborted extends Error {}

/**
 * Runs one queued sync of a linked calendar to the end and records how it went. The run pages
 * the provider's appointments in the calendar's future window, applies each page in its own
 * transaction (so a crash keeps what was written and a rerun converges), and only after a
 * complete full pass treats the appointments it did not see as gone.
 */
export async function executeSyncRun(ctx: IntegrationContext, runId: string): Promise<SyncRun | null> {
  const { db } = ctx.database;
  const run = await claimRun(db, runId, ctx.sync.staleAfterMs);
  if (!run) return null;
  const counts: SyncCounts = { fetched: 0, created: 0, updated: 0, cancelled: 0, unchanged: 0 };
  let client: HealthieClient | null = null;
  const key = { workspaceId: run.workspaceId, calendarId: run.calendarId };
  try {
    const calendar = await getCalendar(db, run.workspaceId, run.calendarId);
    const link = healthieLinkOf(calendar);
    if (!link) throw new RunAborted('The calendar is not linked to Healthie any more');
    client = (await clientForWorkspace(ctx, run.workspaceId)).client;
    const progress = (expectedTotal: number | null) =>
      recordProgress(db, run.id, { counts, requests: client!.requests, expectedTotal });

    const types = await client.appointmentTypes(link.providerId);
    const eventTypes = await importEventTypes(db, key, types);
    const members = await membersByPatientId(db, run.workspaceId);
    const refs: EventReferences = {
      eventTypeId: (id) => eventTypes.get(id) ?? null,
      memberId: (id) => members.get(id) ?? null,
    };
    const state = await getSyncState(db, run.calendarId);
    const mode = run.mode === 'incremental' && state?.updatedWatermark ? 'incremental' : 'full';
    const window = futureWindow(calendar.timezone, new Date());
    // A full pass touches every event: read them once. An incremental one looks up what it reads.
    const stored = mode === 'full' ? await loadStoredEvents(db, run.calendarId) : undefined;
    const pass = new SyncPass(ctx, run, calendar, link, client, refs, counts, progress, stored);

    const watermark = mode === 'incremental' ? new Date(state!.updatedWatermark!.getTime() - ctx.sync.incrementalOverlapMs) : null;
    const newest = await pass.readAppointments(window, watermark);
    if (mode === 'full') await pass.reconcileMissing(window);

    await db.transaction(async (tx) => {
      await finishRun(tx, run.id, { status: 'succeeded', counts, requests: client!.requests, error: null });
      const now = new Date();
      await saveSyncState(tx, key, {
        lastRunAt: now,
        lastSuccessAt: now,
        lastError: null,
        consecutiveFailures: 0,
        ...(mode === 'full' ? { lastFullSyncAt: now } : {}),
        ...(newest && (!state?.updatedWatermark || newest > state.updatedWatermark) ? { updatedWatermark: newest } : {}),
      });
    });
  } catch (error) {
    const message = failureMessage(error);
    if (!(error instanceof HealthieError || error instanceof AppError || error instanceof RunAborted)) {
      ctx.logger.error({ runId: run.id, err: { type: (error as Error).name, frames: (error as Error).stack?.split('\n').slice(1, 6).join('\n') } }, 'sync run failed');
    }
    await db.transaction(async (tx) => {
      await finishRun(tx, run.id, { status: 'failed', counts, requests: client?.requests ?? 0, error: message });
      const state = await getSyncState(tx, run.calendarId);
      await saveSyncState(tx, key, { lastRunAt: new Date(), lastError: message, consecutiveFailures: (state?.consecutiveFailures ?? 0) + 1 });
    });
  }
  return (await getRun(db, run.id)) ?? null;
}

function failureMessage(error: unknown): string {
  if (error instanceof HealthieError || error instanceof AppError || error instanceof RunAborted) return error.message;
  return 'The sync failed on our side; it will be retried on the next run';
}

/** Progress and the still-linked check are written at most this often, not on every page. */
const CHECK_EVERY_MS = 1_000;

/** One pass over Healthie: the pages it read and what it saw of them. */
class SyncPass {
  private readonly seen = new Set<string>();
  private lastCheck = 0;

  constructor(
    private readonly ctx: IntegrationContext,
    private readonly run: SyncRun,
    private readonly calendar: Calendar,
    private readonly link: HealthieLinkSettings,
    private readonly client: HealthieClient,
    private readonly refs: EventReferences,
    private readonly counts: SyncCounts,
    private readonly progress: (expectedTotal: number | null) => Promise<void>,
    private readonly stored: StoredEvents | undefined,
  ) {}

  /**
   * Reads the window's appointments, all of them (full) or those changed since the watermark,
   * newest change first (incremental). Returns the newest updated_at seen.
   */
  async readAppointments(window: { start: Date; end: Date }, watermark: Date | null): Promise<Date | null> {
    let newest: Date | null = null;
    let expected: number | null = null;
    const pages = this.client.appointmentPages({
      onTotal: (total) => {
        expected = watermark ? null : total;
      },
      providerId: this.link.providerId,
      startDate: window.start.toISOString(),
      endDate: window.end.toISOString(),
      orderBy: watermark ? 'UPDATED_AT_DESC' : 'DATE_ASC',
    });
    for await (const page of readAhead(pages)) {
      const changed = watermark ? page.filter((a) => !a.updated_at || parseHealthieDateTime(a.updated_at) >= watermark) : page;
      await this.apply(changed);
      for (const appointment of page) {
        const updated = appointment.updated_at ? parseHealthieDateTime(appointment.updated_at) : null;
        if (updated && (!newest || updated > newest)) newest = updated;
      }
      if (Date.now() - this.lastCheck >= CHECK_EVERY_MS) {
        this.lastCheck = Date.now();
        await this.assertStillLinked();
        await this.progress(expected);
      }
      if (watermark && changed.length < page.length) break;
    }
    await this.assertStillLinked();
    await this.progress(expected);
    return newest;
  }

  /**
   * After a complete pass: events of the window Healthie did not list are looked up one by one.
   * Deleted, gone, or moved to another provider: cancelled. Moved into the past: updated, not
   * cancelled (a past appointment is not a cancelled one).
   */
  async reconcileMissing(window: { start: Date }): Promise<void> {
    const { db } = this.ctx.database;
    const stored = this.stored ?? (await loadStoredEvents(db, this.run.calendarId));
    const missing = [...stored]
      .filter(([id, event]) => !this.seen.has(id) && event.startsAt >= window.start && event.status !== 'cancelled')
      .map(([id]) => id);
    const gone: string[] = [];
    for (const id of missing) {
      const appointment = await this.client.appointment(id);
      if (!appointment || appointment.deleted_at || appointment.provider?.id !== this.link.providerId) gone.push(id);
      else await this.apply([appointment]);
    }
    if (gone.length > 0) {
      this.counts.cancelled += await db.transaction((tx) => cancelEvents(tx, this.run.calendarId, gone));
    }
    await this.progress(null);
  }

  private async apply(appointments: HealthieAppointment[]): Promise<void> {
    this.counts.fetched += appointments.length;
    const fields = appointments.flatMap((a) => {
      this.seen.add(a.id);
      const event = toEventFields(a, this.refs);
      return event ? [event] : [];
    });
    const applied = await applyEvents(this.ctx.database.db, { workspaceId: this.run.workspaceId, calendarId: this.run.calendarId }, fields, this.stored);
    this.counts.created += applied.created;
    this.counts.updated += applied.updated;
    this.counts.cancelled += applied.cancelled;
    this.counts.unchanged += applied.unchanged;
  }

  private async assertStillLinked(): Promise<void> {
    const calendar = await getCalendar(this.ctx.database.db, this.run.workspaceId, this.calendar.id);
    if (healthieLinkOf(calendar)?.providerId !== this.link.providerId) {
      throw new RunAborted('The calendar was unlinked from Healthie while it synced; nothing more was written');
    }
  }
}
