import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { memberMatchRejections } from '../../db/schema.ts';
import { chunks } from '../../platform/chunks.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getMember } from '../../workspace/members.ts';
import { pairKey, type MatchPair } from '../member-links/match-pair.ts';
import { linkedPatientOf } from '../member-links/patient-link-store.ts';

/** A person's "not a match" decisions in a workspace: member id -> patient ids. */
export async function rejectionsOf(tx: Tx, workspaceId: string): Promise<Map<string, Set<string>>> {
  const rows = await tx
    .select({ memberId: memberMatchRejections.memberId, patientId: memberMatchRejections.patientId })
    .from(memberMatchRejections)
    .where(eq(memberMatchRejections.workspaceId, workspaceId));
  const byMember = new Map<string, Set<string>>();
  for (const { memberId, patientId } of rows) {
    const patients = byMember.get(memberId) ?? new Set<string>();
    patients.add(patientId);
    byMember.set(memberId, patients);
  }
  return byMember;
}

/** Remembers that this member is not this patient, so matching never proposes the pair again. */
export async function rejectMatch(
  db: Db,
  input: MatchPair & { workspaceId: string; actor: Actor },
): Promise<MatchPair & { status: 'recorded' | 'already_recorded' }> {
  return db.transaction(async (tx) => {
    await getMember(tx, input.workspaceId, input.memberId);
    if ((await linkedPatientOf(tx, input.memberId)) === input.patientId) {
      throw new AppError(409, 'member_linked_to_patient', 'This member is linked to that Healthie patient; unlink it first');
    }
    const inserted = await tx
      .insert(memberMatchRejections)
      .values({ workspaceId: input.workspaceId, memberId: input.memberId, patientId: input.patientId, decidedBy: input.actor.id })
      .onConflictDoNothing()
      .returning({ memberId: memberMatchRejections.memberId });
    const pair = { memberId: input.memberId, patientId: input.patientId };
    if (inserted.length === 0) return { ...pair, status: 'already_recorded' as const };
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'healthie.member_match.rejected',
      target: { type: 'member', id: input.memberId },
      details: { patientId: input.patientId },
    });
    return { ...pair, status: 'recorded' as const };
  });
}

/** A link a person made explicitly overrides an earlier "not a match" for the same pair. */
export async function forgetRejections(tx: Tx, workspaceId: string, pairs: MatchPair[]): Promise<void> {
  const linked = new Set(pairs.map(pairKey));
  for (const memberIds of chunks(
    pairs.map((p) => p.memberId),
    1_000,
  )) {
    const rejected = await tx
      .select({ memberId: memberMatchRejections.memberId, patientId: memberMatchRejections.patientId })
      .from(memberMatchRejections)
      .where(and(eq(memberMatchRejections.workspaceId, workspaceId), inArray(memberMatchRejections.memberId, memberIds)));
    for (const pair of rejected.filter((r) => linked.has(pairKey(r)))) {
      await tx
        .delete(memberMatchRejections)
        .where(and(eq(memberMatchRejections.memberId, pair.memberId), eq(memberMatchRejections.patientId, pair.patientId)));
    }
  }
}
