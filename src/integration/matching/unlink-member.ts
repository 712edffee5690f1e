import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { memberFields } from '../../db/schema.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { HEALTHIE_PATIENT_ID } from '../../workspace/member-fields.ts';
import { getMember } from '../../workspace/members.ts';
import { clearLinkFlags } from './link-flags.ts';

export interface UnlinkResult {
  memberId: string;
  /** The patient the member was linked to, null when it was not linked. */
  patientId: string | null;
  status: 'unlinked' | 'not_linked';
}

/** Unlink: removes the member's healthie:patient_id; nothing changes in Healthie. */
export async function unlinkMember(db: Db, input: { workspaceId: string; memberId: string; actor: Actor }): Promise<UnlinkResult> {
  return db.transaction(async (tx) => {
    await getMember(tx, input.workspaceId, input.memberId);
    const [removed] = await tx
      .delete(memberFields)
      .where(and(eq(memberFields.memberId, input.memberId), eq(memberFields.key, HEALTHIE_PATIENT_ID)))
      .returning({ patientId: memberFields.value });
    if (!removed) return { memberId: input.memberId, patientId: null, status: 'not_linked' as const };
    await clearLinkFlags(tx, [input.memberId]);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'healthie.member.unlinked',
      target: { type: 'member', id: input.memberId },
      details: { patientId: removed.patientId },
    });
    return { memberId: input.memberId, patientId: removed.patientId, status: 'unlinked' as const };
  });
}
