import type { Db } from '../../db/database.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getMember } from '../../workspace/members.ts';
import { clearLinkFlags } from './link-flags.ts';
import { removeLink } from './patient-link-store.ts';

export interface UnlinkResult {
  memberId: string;
  /** The patient the member was linked to, null when it was not linked. */
  patientId: string | null;
  status: 'unlinked' | 'not_linked';
}

/** Unlink: removes the member's healthie:patient_id and detaches the patient's events; nothing changes in Healthie. */
export async function unlinkMember(db: Db, input: { workspaceId: string; memberId: string; actor: Actor }): Promise<UnlinkResult> {
  return db.transaction(async (tx) => {
    await getMember(tx, input.workspaceId, input.memberId);
    const patientId = await removeLink(tx, input.workspaceId, input.memberId);
    if (!patientId) return { memberId: input.memberId, patientId: null, status: 'not_linked' as const };
    await clearLinkFlags(tx, [input.memberId]);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'healthie.member.unlinked',
      target: { type: 'member', id: input.memberId },
      details: { patientId },
    });
    return { memberId: input.memberId, patientId, status: 'unlinked' as const };
  });
}
