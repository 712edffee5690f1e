import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendarEvents, type PushConflict } from '../../db/schema.ts';
import { recordAudit, systemActor } from '../../workspace/audit.ts';

export const HEALTHIE_CHANGED_FIRST = 'The change made here was not sent: the appointment changed in Healthie first.';
export const HEALTHIE_DELETED_FIRST = 'The change made here was not sent: the appointment was deleted in Healthie.';
export const WORKSPACE_REPLACED = 'A change made in Healthie meanwhile was replaced by the change made here.';

/**
 * A change made here met one made in Healthie: the event says who won and what was lost, and the
 * audit log keeps it. When Healthie won, nothing is left to send for the event.
 */
export async function recordConflict(tx: Tx, target: { workspaceId: string; eventId: string }, conflict: Omit<PushConflict, 'at'>): Promise<void> {
  const at = new Date();
  await tx
    .update(calendarEvents)
    .set({
      pushConflict: { ...conflict, at: at.toISOString() },
      pushUpdatedAt: at,
      ...(conflict.winner === 'healthie' ? { pushState: null, pushError: null, pushErrorCode: null } : {}),
    })
    .where(eq(calendarEvents.id, target.eventId));
  await recordAudit(tx, {
    workspaceId: target.workspaceId,
    actor: systemActor,
    action: 'calendar_event.push_conflict',
    target: { type: 'calendar_event', id: target.eventId },
    details: { winner: conflict.winner },
  });
}
