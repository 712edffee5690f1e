import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { memberFields, memberLinkFlags } from '../../db/schema.ts';
import { chunks } from '../../platform/chunks.ts';
import { HEALTHIE_PATIENT_ID } from '../../workspace/member-fields.ts';
import { pairKey, type MatchPair } from './match-pair.ts';

export interface LinkFlag {
  reason: 'patient_missing';
  flaggedAt: Date;
}

/**
 * Replaces the workspace's flags with the links matching just found without a patient. A link
 * changed since matching read it (unlinked, or linked to another patient) is not flagged.
 */
export async function replaceLinkFlags(tx: Tx, workspaceId: string, missing: MatchPair[]): Promise<MatchPair[]> {
  await tx.delete(memberLinkFlags).where(eq(memberLinkFlags.workspaceId, workspaceId));
  const flagged: MatchPair[] = [];
  for (const slice of chunks(missing, 1_000)) {
    const current = await tx
      .select({ memberId: memberFields.memberId, patientId: memberFields.value })
      .from(memberFields)
      .where(
        and(
          eq(memberFields.key, HEALTHIE_PATIENT_ID),
          inArray(
            memberFields.memberId,
            slice.map((pair) => pair.memberId),
          ),
        ),
      );
    const still = new Set(current.map(pairKey));
    const rows = slice.filter((pair) => still.has(pairKey(pair)));
    if (rows.length === 0) continue;
    await tx.insert(memberLinkFlags).values(rows.map((pair) => ({ ...pair, workspaceId, reason: 'patient_missing' as const })));
    flagged.push(...rows);
  }
  return flagged;
}

export async function flagsOf(tx: Tx, memberIds: string[]): Promise<Map<string, LinkFlag>> {
  if (memberIds.length === 0) return new Map();
  const rows = await tx.select().from(memberLinkFlags).where(inArray(memberLinkFlags.memberId, memberIds));
  return new Map(rows.map((row) => [row.memberId, { reason: row.reason, flaggedAt: row.flaggedAt }]));
}

/** A member linked anew or unlinked no longer carries the flag of its old link. */
export async function clearLinkFlags(tx: Tx, memberIds: string[]): Promise<void> {
  for (const slice of chunks(memberIds, 1_000)) await tx.delete(memberLinkFlags).where(inArray(memberLinkFlags.memberId, slice));
}
