import { and, eq } from 'drizzle-orm';
import { calendars, type DeliveryOutcome } from '../../db/schema.ts';
import { healthieLinkOf } from './linked-calendar.ts';
import { getSyncState, saveSyncState } from './sync-state.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';

export const PROVIDER_REMOVED = 'The provider is no longer in your Healthie organization: unlink this calendar, or link it to another provider.';

/** The organization's members changed: a calendar linked to a provider Healthie no longer lists says so. */
export async function checkProviders(ctx: IntegrationContext, workspaceId: string): Promise<{ outcome: DeliveryOutcome; detail: string }> {
  const { db } = ctx.database;
  const { client } = await clientForWorkspace(ctx, workspaceId);
  const providerIds = new Set((await client.providers()).map((p) => p.id));
  const linked = await db.select().from(calendars).where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.source, HEALTHIE_SOURCE)));
  let changed = 0;
  for (const calendar of linked) {
    const providerId = healthieLinkOf(calendar)?.providerId;
    if (!providerId) continue;
    const state = await getSyncState(db, calendar.id);
    const lastError = providerIds.has(providerId) ? (state?.lastError === PROVIDER_REMOVED ? null : (state?.lastError ?? null)) : PROVIDER_REMOVED;
    if (lastError === (state?.lastError ?? null)) continue;
    await saveSyncState(db, { workspaceId, calendarId: calendar.id }, { lastError });
    changed += 1;
  }
  return { outcome: changed > 0 ? 'applied' : 'unchanged', detail: 'providers_checked' };
}
