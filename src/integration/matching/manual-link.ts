import type { Tx } from '../../db/database.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { clearLinkFlags } from './link-flags.ts';
import { forgetRejections } from './match-rejections.ts';

/**
 * The bookkeeping of a Healthie link set or removed by hand on the member's page (the field
 * itself is written by the member update): the same audit entry, flags and "not a match" memory
 * as Link and Unlink. Healthie is not asked whether the patient exists; the next matching run
 * flags a link whose patient it does not have.
 */
export async function recordManualLink(
  tx: Tx,
  input: { workspaceId: string; memberId: string; patientId: string | null; actor: Actor },
): Promise<void> {
  await clearLinkFlags(tx, [input.memberId]);
  if (input.patientId) await forgetRejections(tx, input.workspaceId, [{ memberId: input.memberId, patientId: input.patientId }]);
  await recordAudit(tx, {
    workspaceId: input.workspaceId,
    actor: input.actor,
    action: input.patientId ? 'healthie.member.linked' : 'healthie.member.unlinked',
    target: { type: 'member', id: input.memberId },
    details: { patientId: input.patientId, source: 'member_page' },
  });
}
