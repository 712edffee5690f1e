import { pushSettingsOf } from '../push/push-settings.ts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { calendars, calendarSyncRuns, calendarSyncStates, healthieConnections } from '../../db/schema.ts';
import { connectionStatusDto } from '../connection/healthie-connection.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { healthieLinkOf } from './linked-calendar.ts';
import { syncRunDto } from './sync-runs.ts';

/** The Calendar Sync tab: each linked calendar, its provider, its last run, and the connection's state. */
export async function calendarLinks(db: Db, workspaceId: string) {
  const linked = await db
    .select()
    .from(calendars)
    .where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.source, HEALTHIE_SOURCE)))
    .orderBy(calendars.name);
  if (linked.length === 0) return [];
  const ids = linked.map((c) => c.id);
  const [connection] = await db.select().from(healthieConnections).where(eq(healthieConnections.workspaceId, workspaceId));
  const states = new Map((await db.select().from(calendarSyncStates).where(inArray(calendarSyncStates.calendarId, ids))).map((s) => [s.calendarId, s]));
  const runs = await db
    .selectDistinctOn([calendarSyncRuns.calendarId])
    .from(calendarSyncRuns)
    .where(inArray(calendarSyncRuns.calendarId, ids))
    .orderBy(calendarSyncRuns.calendarId, desc(calendarSyncRuns.queuedAt));
  const lastRun = new Map(runs.map((r) => [r.calendarId, r]));
  return linked.map((calendar) => {
    const link = healthieLinkOf(calendar);
    const state = states.get(calendar.id);
    const run = lastRun.get(calendar.id);
    return {
      calendar: { id: calendar.id, name: calendar.name, timezone: calendar.timezone, color: calendar.color },
      providerId: link?.providerId ?? null,
      providerName: link?.providerName ?? null,
      linkedAt: link?.linkedAt ?? null,
      connection: connection
        ? (({ status, statusReasonCode, statusReason }) => ({ status, statusReasonCode, statusReason }))(connectionStatusDto(connection))
        : { status: 'missing', statusReasonCode: 'healthie_not_connected', statusReason: 'Healthie is not connected' },
      lastSuccessAt: state?.lastSuccessAt ?? null,
      lastError: state?.lastError ?? null,
      consecutiveFailures: state?.consecutiveFailures ?? 0,
      lastRun: run ? syncRunDto(run) : null,
      push: pushSettingsOf(calendar),
    };
  });
}
