import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { memberLinkFlags } from '../../db/schema.ts';
import { chunks } from '../../platform/chunks.ts';
import { pairKey, type MatchPair } from './match-pair.ts';
import { linksTouching } from './patient-link-store.ts';

/** Why a link is flagged: Healthie has no such patient, or has them only archived. */
export type LinkFlagReason = 'patient_missing' | 'patient_archived';

export interface LinkFlag {
  reason: LinkFlagReason;
  flaggedAt: Date;
}

export type FlaggedLink = MatchPair & { reason: LinkFlagReason };

/**
 * Replaces the workspace's flags with the links matching just found without an active patient. A
 * link changed since matching read it (unlinked, or linked to another patient) is not flagged.
 */
export async function replaceLinkFlags(tx: Tx, workspaceId: string, candidates: FlaggedLink[]): Promise<FlaggedLink[]> {
  await tx.delete(memberLinkFlags).where(eq(memberLinkFlags.workspaceId, workspaceId));
  const still = new Set((await linksTouching(tx, workspaceId, { memberIds: candidates.map((pair) => pair.memberId), patientIds: [] })).map(pairKey));
  const flagged = candidates.filter((pair) => still.has(pairKey(pair)));
  for (const rows of chunks(flagged, 1_000)) {
    await tx.insert(memberLinkFlags).values(rows.map((flag) => ({ ...flag, workspaceId })));
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

/** Sets (or with null, clears) the flag of one link, as a patient's webhook finds them; whether anything changed. */
export async function replacePatientFlag(tx: Tx, workspaceId: string, link: MatchPair, reason: LinkFlagReason | null): Promise<boolean> {
  const current = (await flagsOf(tx, [link.memberId])).get(link.memberId);
  if ((current?.reason ?? null) === reason) return false;
  await tx.delete(memberLinkFlags).where(eq(memberLinkFlags.memberId, link.memberId));
  if (reason) await tx.insert(memberLinkFlags).values({ ...link, workspaceId, reason });
  return true;
}
