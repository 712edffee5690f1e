import type { Tx } from '../db/database.ts';
import { auditLog } from '../db/schema.ts';
import { chunks } from '../platform/chunks.ts';

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
  await recordAudits(tx, [entry]);
}

/** Several entries in few statements (bulk actions write one entry per record they changed). */
export async function recordAudits(tx: Tx, entries: AuditEntry[]): Promise<void> {
  for (const slice of chunks(entries, 1_000)) {
    await tx.insert(auditLog).values(
      slice.map((entry) => ({
        workspaceId: entry.workspaceId,
        actorType: entry.actor.type,
        actorId: entry.actor.id,
        action: entry.action,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        details: entry.details ?? {},
      })),
    );
  }
}
