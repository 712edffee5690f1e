import type { Tx } from '../db/database.ts';
import { auditLog } from '../db/schema.ts';

export interface Actor {
  type: 'account' | 'api_key' | 'system';
  id: string | null;
}

export const systemActor: Actor = { type: 'system', id: null };

export interface AuditEntry {
  workspaceId: string | null;
  actor: Actor;
  action: string;
  target?: { type: string; id: string };
  /** Identifiers and counts only: never names, contacts or secrets. */
  details?: Record<string, unknown>;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    workspaceId: entry.workspaceId,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    details: entry.details ?? {},
  });
}
