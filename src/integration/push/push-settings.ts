import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { calendars } from '../../db/schema.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getCalendar, type Calendar } from '../../workspace/calendars.ts';
import type { IntegrationContext } from '../context.ts';
import { requireHealthieLink } from '../calendar-sync/linked-calendar.ts';

/** How a linked calendar's own changes go to Healthie. Kept in the calendar's source settings beside the link. */
export const pushSettingsSchema = z.object({
  pushChanges: z.boolean().describe('Bookings, moves and cancellations made here are sent to Healthie. Off: the calendar only follows Healthie.'),
  cancelAs: z.enum(['cancelled', 'deleted']).describe('A cancellation here marks the Healthie appointment Cancelled, or deletes it.'),
  conflicts: z.enum(['healthie', 'workspace']).describe('When the same appointment changed here and in Healthie before the change here was sent: whose change stands.'),
  enforceAvailability: z.boolean().describe("Healthie refuses bookings and moves outside the provider's availability or over another appointment."),
});

export type PushSettings = z.infer<typeof pushSettingsSchema>;

export const defaultPushSettings: PushSettings = { pushChanges: false, cancelAs: 'cancelled', conflicts: 'healthie', enforceAvailability: false };

export function pushSettingsOf(calendar: Calendar): PushSettings {
  const stored = pushSettingsSchema.partial().safeParse(calendar.sourceSettings);
  const known = stored.success ? Object.fromEntries(Object.entries(stored.data).filter(([, v]) => v !== undefined)) : {};
  return { ...defaultPushSettings, ...known };
}

export const pushSettingsChange = pushSettingsSchema
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'name at least one of pushChanges, cancelAs, conflicts, enforceAvailability' });

/** Changes only the settings named; audited with what changed. */
export async function updatePushSettings(
  ctx: IntegrationContext,
  input: { workspaceId: string; calendarId: string; actor: Actor; change: Partial<PushSettings> },
): Promise<{ calendar: Calendar; push: PushSettings }> {
  const { db } = ctx.database;
  return db.transaction(async (tx) => {
    const calendar = await getCalendar(tx, input.workspaceId, input.calendarId);
    requireHealthieLink(calendar);
    const [updated] = await tx
      .update(calendars)
      .set({ sourceSettings: sql`${calendars.sourceSettings} || ${JSON.stringify(input.change)}::jsonb`, updatedAt: new Date() })
      .where(and(eq(calendars.id, calendar.id), eq(calendars.workspaceId, input.workspaceId)))
      .returning();
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'calendar.push_settings_changed',
      target: { type: 'calendar', id: calendar.id },
      details: { ...input.change },
    });
    return { calendar: updated!, push: pushSettingsOf(updated!) };
  });
}
