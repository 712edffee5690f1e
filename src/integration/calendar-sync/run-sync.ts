import type { SyncCounts } from '../../db/schema.ts';
import { isDataException } from '../../db/sql-state.ts';
import { REFRESH_STATISTICS_AFTER, refreshStaleStatistics } from '../../db/table-statistics.ts';
import type { HealthieAppointment, HealthieClient } from '../../healthie/client.ts';
import { readHealthieDateTime } from '../../healthie/datetime.ts';
import { HealthieError } from '../../healthie/errors.ts';
import { readAhead } from '../../healthie/paging.ts';
import { AppError } from '../../platform/errors.ts';
import { getCalendar } from '../../workspace/calendars.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { toEventFields, type EventReferences, type SyncedEventFields } from './appointment-event.ts';
import { applyEvents, cancelEvents, holdsHealthieEvents, unseenEvents, writtenInOneStatement } from './apply-events.ts';
import { eventReferences } from './event-references.ts';
import { healthieEventTypes, importEventTypes } from './event-type-import.ts';
import { healthieLinkOf, type HealthieLinkSettings } from './linked-calendar.ts';
import { claimRun, finishRun, getRun, recordProgress, type SyncRun } from './sync-runs.ts';
import { PROVIDER_REMOVED } from './provider-removed.ts';
import { getSyncState, saveSyncState } from './sync-state.ts';
import { futureWindow } from './sync-window.ts';

/** Progress, the heartbeat and the still-linked check are written at most this often. */
const CHECK_EVERY_MS = 1_000;

/** The run stopped on purpose (unlinked, superseded): its message says why. */
class RunAborted extends Error {}

/**
 * Runs one queued sync of a linked calendar to the end and records how it went. The run pages
 * the provider's appointments in the calendar's future window, applies each page on its own, in
 * one transaction or one statement (so a crash keeps what was written and a rerun converges), and only after a
 * complete full pass treats the appointments it did not see as gone. A run that finds itself
 * closed or taken over (it beat too slowly, or the calendar was unlinked) stops writing.
 */
export async function executeSyncRun(ctx: IntegrationContext, runId: string): Promise<SyncRun | null> {
  const { db } = ctx.database;
  const run = await claimRun(db, runId, ctx.sync.staleAfterMs);
  if (!run) return null;
  const pass = new SyncPass(ctx, run);
  const key = { workspaceId: run.workspaceId, calendarId: run.calendarId };
  try {
    const { mode, newest } = await pass.run();
    await db.transaction(async (tx) => {
      if (!(await finishRun(tx, run.id, { status: 'succeeded', counts: pass.counts, requests: pass.requests, errorCode: null, error: null }))) return;
      const now = new Date();
      const state = await getSyncState(tx, run.calendarId);
      await saveSyncState(tx, key, {
        lastRunAt: now,
        lastSuccessAt: now,
        // A run of a provider who left finds nothing and succeeds; only the provider check clears that.
        lastError: state?.lastError === PROVIDER_REMOVED ? PROVIDER_REMOVED : null,
        consecutiveFailures: 0,
        ...(mode === 'full' ? { lastFullSyncAt: now } : {}),
        ...(newest && (!state?.updatedWatermark || newest > state.updatedWatermark) ? { updatedWatermark: newest } : {}),
      });
    });
  } catch (error) {
    const failure = failureOf(error);
    if (!(error instanceof HealthieError || error instanceof AppError || error instanceof RunAborted)) {
      ctx.logger.error({ runId: run.id, err: { type: (error as Error).name, frames: (error as Error).stack?.split('\n').slice(1, 6).join('\n') } }, 'sync run failed');
    }
    await db.transaction(async (tx) => {
      if (!(await finishRun(tx, run.id, { status: 'failed', counts: pass.counts, requests: pass.requests, errorCode: failure.code, error: failure.message }))) return;
      const state = await getSyncState(tx, run.calendarId);
      await saveSyncState(tx, key, { lastRunAt: new Date(), lastError: failure.message, consecutiveFailures: (state?.consecutiveFailures ?? 0) + 1 });
    });
  }
  // Not part of the run (its outcome is recorded): a failure here is logged, never the run's.
  if (pass.counts.fetched >= REFRESH_STATISTICS_AFTER) {
    await refreshStaleStatistics(ctx.database, 'calendar_events', { read: pass.counts.fetched, written: pass.counts.created + pass.counts.updated + pass.counts.cancelled }).catch((error: unknown) => ctx.logger.warn({ runId: run.id, err: { type: (error as Error).name } }, 'statistics not refreshed'));
  }
  return (await getRun(db, run.id)) ?? null;
}

/** What a failed run records: a code and a message of our own (a HealthieError never quotes Healthie). */
function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof HealthieError || error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof RunAborted) return { code: 'sync_stopped', message: error.message };
  return { code: 'internal_error', message: 'The sync failed on our side; it will be retried on the next run' };
}


/** One run's pass over Healthie: what it read, what it saw, and how far it got. */
class SyncPass {
  readonly counts: Required<SyncCounts> = { fetched: 0, created: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 0 };
  private readonly seen = new Set<string>();
  /** A full pass over a calendar that held no Healthie event looks up only the appointments it read before. */
  private startedEmpty = false;
  private client: HealthieClient | null = null;
  private link: HealthieLinkSettings | null = null;
  private eventTypes: ReadonlyMap<string, string> = new Map();
  private expected: number | null = null;
  private lastCheck = 0;

  constructor(
    private readonly ctx: IntegrationContext,
    private readonly syncRun: SyncRun,
  ) {}

  get requests(): number {
    return this.client?.requests ?? 0;
  }

  async run(): Promise<{ mode: 'full' | 'incremental'; newest: Date | null }> {
    const { db } = this.ctx.database;
    const calendar = await getCalendar(db, this.syncRun.workspaceId, this.syncRun.calendarId);
    this.link = healthieLinkOf(calendar);
    if (!this.link) throw new RunAborted('The calendar is not linked to Healthie any more');
    this.client = (await clientForWorkspace(this.ctx, this.syncRun.workspaceId)).client;
    const target = { workspaceId: this.syncRun.workspaceId, calendarId: this.syncRun.calendarId };
    // Link & Sync imported the provider's types in the transaction that queued its initial run; later
    // runs import them afresh (a type made in Healthie in between is named from the next full pass on).
    this.eventTypes =
      this.syncRun.kind === 'initial'
        ? await healthieEventTypes(db, this.syncRun.calendarId)
        : await importEventTypes(db, target, await this.client.appointmentTypes(this.link.providerId));

    const state = await getSyncState(db, this.syncRun.calendarId);
    const mode = this.syncRun.mode === 'incremental' && state?.updatedWatermark ? 'incremental' : 'full';
    const window = futureWindow(calendar.timezone, new Date());
    this.startedEmpty = mode === 'full' && !(await holdsHealthieEvents(db, this.syncRun.calendarId));
    const watermark = mode === 'incremental' ? new Date(state!.updatedWatermark!.getTime() - this.ctx.sync.incrementalOverlapMs) : null;
    const newest = await this.client.confirmingKey(async () => {
      const read = await this.readAppointments(window, watermark);
      if (mode === 'full') await this.reconcileMissing(window);
      return read;
    });
    await this.checkpoint(true);
    return { mode, newest };
  }

  /**
   * Reads the window's appointments, all of them (full) or those changed since the watermark,
   * newest change first (incremental). Returns the newest updated_at seen.
   */
  private async readAppointments(window: { start: Date; end: Date }, watermark: Date | null): Promise<Date | null> {
    let newest: Date | null = null;
    const pages = this.client!.appointmentPages({
      providerId: this.link!.providerId,
      startDate: window.start.toISOString(),
      endDate: window.end.toISOString(),
      orderBy: watermark ? 'UPDATED_AT_DESC' : 'DATE_ASC',
      onTotal: (total) => {
        this.expected = watermark ? null : total;
      },
    });
    for await (const page of readAhead(pages, watermark ? 1 : 2)) {
      const changed = watermark ? page.filter((a) => (readHealthieDateTime(a.updated_at) ?? watermark) >= watermark) : page;
      await this.apply(changed);
      for (const appointment of page) {
        const updated = readHealthieDateTime(appointment.updated_at);
        if (updated && (!newest || updated > newest)) newest = updated;
      }
      await this.checkpoint();
      if (watermark && changed.length < page.length) break;
    }
    return newest;
  }

  /**
   * After a complete pass: events of the window (from this provider's schedule) that Healthie did
   * not list are looked up one by one. Deleted, gone, or moved to another provider: cancelled.
   * Moved into the past: updated, not cancelled (a past appointment is not a cancelled one).
   */
  private async reconcileMissing(window: { start: Date }): Promise<void> {
    const providerId = this.link!.providerId;
    const missing = await unseenEvents(this.ctx.database.db, this.syncRun.calendarId, window, providerId, this.seen);
    const gone: string[] = [];
    for (const id of missing) {
      const appointment = await this.readOne(id);
      if (appointment === undefined) this.counts.skipped += 1;
      else if (!appointment || appointment.deleted_at || appointment.provider?.id !== providerId) gone.push(id);
      else await this.apply([appointment]);
      await this.checkpoint();
    }
    if (gone.length === 0) return;
    await this.checkpoint(true);
    this.counts.cancelled += await this.ctx.database.db.transaction((tx) => cancelEvents(tx, this.syncRun.calendarId, gone));
  }

  /**
   * One stored appointment as Healthie has it now: null when Healthie has no such appointment,
   * undefined when Healthie refuses to answer for that one record (it is left as it was and counted,
   * never failing the pass). Outages and refused keys still fail the run.
   */
  private async readOne(id: string): Promise<HealthieAppointment | null | undefined> {
    try {
      return await this.client!.appointment(id);
    } catch (error) {
      if (error instanceof HealthieError && error.kind === 'rejected') {
        this.ctx.logger.warn({ runId: this.syncRun.id, appointmentId: id }, 'stored appointment unreadable in Healthie; left as it was');
        return undefined;
      }
      throw error;
    }
  }

  /**
   * One page, all or nothing: what it refers to is read and its events written together. Only
   * `tx` inside: on PGlite another statement would wait for this transaction to end. The page is
   * written without savepoints; should the database refuse one of its values, the page is applied
   * again with them, so that one appointment is skipped and the rest written. A page that compares
   * nothing with what is stored (a first sync's, of an empty calendar) and adopts no booking made
   * here is one statement, the upsert, which reads the members itself: it needs no transaction.
   */
  private async apply(appointments: HealthieAppointment[]): Promise<void> {
    this.counts.fetched += appointments.length;
    const target = { workspaceId: this.syncRun.workspaceId, calendarId: this.syncRun.calendarId };
    const readBefore = new Set(appointments.filter((a) => this.seen.has(a.id)).map((a) => a.id));
    for (const appointment of appointments) this.seen.add(appointment.id);
    const mayBeStored = (id: string) => !this.startedEmpty || readBefore.has(id);
    const toFields = (refs: EventReferences) => {
      const fields: SyncedEventFields[] = [];
      const unstorable: string[] = [];
      for (const appointment of appointments) {
        const event = toEventFields(appointment, refs);
        if (event) fields.push(event);
        else unstorable.push(appointment.id);
      }
      return { fields, unstorable };
    };
    const writePage = (writes: 'direct' | 'savepoint') =>
      this.ctx.database.db.transaction(async (tx) => {
        const { fields, unstorable } = toFields(await eventReferences(tx, target.workspaceId, this.eventTypes, appointments));
        return { unstorable, applied: await applyEvents(tx, target, fields, { mayBeStored, writes }) };
      });
    const writeAlone = async () => {
      // Members only matter for comparing with a stored event (the upsert links them itself), so a
      // page that may hold one is not turned into events without them.
      if (appointments.some((a) => mayBeStored(a.id))) return null;
      const { fields, unstorable } = toFields({ eventTypeId: (id) => this.eventTypes.get(id) ?? null, memberId: () => null });
      if (!writtenInOneStatement(fields, mayBeStored)) return null;
      return { unstorable, applied: await applyEvents(this.ctx.database.db, target, fields, { mayBeStored, writes: 'direct' }) };
    };
    let page: Awaited<ReturnType<typeof writePage>>;
    try {
      page = (await writeAlone()) ?? (await writePage('direct'));
    } catch (error) {
      if (!isDataException(error)) throw error;
      page = await writePage('savepoint');
    }
    // One appointment that cannot be stored must not stop the calendar's sync; it is counted and left as it was.
    for (const appointmentId of page.unstorable) {
      this.ctx.logger.warn({ runId: this.syncRun.id, appointmentId }, 'appointment skipped: its times cannot be stored');
    }
    const { applied } = page;
    this.counts.created += applied.created;
    this.counts.updated += applied.updated;
    this.counts.cancelled += applied.cancelled;
    this.counts.unchanged += applied.unchanged;
    this.counts.skipped += applied.skipped + page.unstorable.length;
  }

  /**
   * At most every second (or when `now`): report progress, which also beats the heart, and stop if
   * the run is no longer ours or the calendar no longer linked to this provider.
   */
  private async checkpoint(now = false): Promise<void> {
    if (!now && Date.now() - this.lastCheck < CHECK_EVERY_MS) return;
    this.lastCheck = Date.now();
    const { db } = this.ctx.database;
    const ours = await recordProgress(db, this.syncRun.id, { counts: this.counts, requests: this.requests, expectedTotal: this.expected });
    if (!ours) throw new RunAborted('The sync was stopped (the calendar was unlinked, or the run was taken over after it stalled)');
    const calendar = await getCalendar(db, this.syncRun.workspaceId, this.syncRun.calendarId);
    if (healthieLinkOf(calendar)?.providerId !== this.link!.providerId) {
      throw new RunAborted('The calendar was unlinked from Healthie while it synced; nothing more was written');
    }
  }
}
