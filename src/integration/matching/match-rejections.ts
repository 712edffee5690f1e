import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { memberMatchRejections } from '../../db/schema.ts';
import { chunks } from '../../platform/chunks.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getMember } from '../../workspace/members.ts';
import { pairKey, type MatchPair } from '../member-links/match-pair.ts';
import { linkedPatientOf } from '../member-links/patient-link-store.ts';

/** A person deciding about a member and a patient in a workspace. */
type MatchDecision = MatchPair & { workspaceId: string; actor: Actor };

/** The audit entry of a decision: ids only. */
const auditDecision = (tx: Tx, decision: MatchDecision, action: string) =>
  recordAudit(tx, {
    workspaceId: decision.workspaceId,
    actor: decision.actor,
    action,
    target: { type: 'member', id: decision.memberId },
    details: { patientId: decision.patientId },
  });

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
export async function rejectMatch(db: Db, input: MatchDecision): Promise<MatchPair & { status: 'recorded' | 'already_recorded' }> {
  return db.transaction(async (tx) => {
    await getMember(tx, input.workspaceId, input.memberId);
    if ((await linkedPatientOf(tx, input.workspaceId, input.memberId)) === input.patientId) {
      throw new AppError(409, 'member_linked_to_patient', 'This member is linked to that Healthie patient; unlink it first');
    }
    const inserted = await tx
      .insert(memberMatchRejections)
      .values({ workspaceId: input.workspaceId, memberId: input.memberId, patientId: input.patientId, decidedBy: input.actor.id })
      .onConflictDoNothing()
      .returning({ memberId: memberMatchRejections.memberId });
    const pair = { memberId: input.memberId, patientId: input.patientId };
    if (inserted.length === 0) return { ...pair, status: 'already_recorded' as const };
    await auditDecision(tx, input, 'healthie.member_match.rejected');
    return { ...pair, status: 'recorded' as const };
  });
}

/** Takes a "not a match" back: matching may propose the pair again. */
export async function takeBackRejection(db: Db, input: MatchDecision): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(memberMatchRejections)
      .where(
        and(
          eq(memberMatchRejections.workspaceId, input.workspaceId),
          eq(memberMatchRejections.memberId, input.memberId),
          eq(memberMatchRejections.patientId, input.patientId),
        ),
      )
      .returning({ memberId: memberMatchRejections.memberId });
    if (removed.length === 0) {
      throw new AppError(404, 'match_rejection_not_found', 'There is no "Not a match" decision for this member and Healthie patient');
    }
    await auditDecision(tx, input, 'healthie.member_match.rejection_taken_back');
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
