import type { Tx } from '../../db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { forgetRejections } from '../matching/match-rejections.ts';
import { clearLinkFlags } from './link-flags.ts';
import { linkedPatientOf, linksTouching, removeLink, writeLinks } from './patient-link-store.ts';

/**
 * A Healthie link set, changed or removed by hand on the member's page, with the same effects as
 * Link and Unlink: the patient's events move to the member (and off the one it had before), the
 * audit entry, flags and "not a match" memory. A patient linked to another member is refused.
 * Healthie is not asked whether the patient exists; the next matching run flags a link whose
 * patient it does not have.
 */
export async function setLinkByHand(
  tx: Tx,
  input: { workspaceId: string; memberId: string; patientId: string | null; actor: Actor },
): Promise<void> {
  const { workspaceId, memberId, patientId } = input;
  const current = await linkedPatientOf(tx, workspaceId, memberId);
  if (current === patientId) return;
  if (patientId) {
    const holder = (await linksTouching(tx, workspaceId, { memberIds: [], patientIds: [patientId] }))[0];
    if (holder && holder.memberId !== memberId) {
      throw new AppError(409, 'patient_already_linked', `Healthie patient ${patientId} is already linked to another member`);
    }
  }
  if (current) await removeLink(tx, workspaceId, memberId);
  if (patientId) {
    const [written] = await writeLinks(tx, workspaceId, [{ memberId, patientId }]);
    if (!written) throw new AppError(409, 'patient_already_linked', `Healthie patient ${patientId} is already linked to another member`);
    await forgetRejections(tx, workspaceId, [written]);
  }
  await clearLinkFlags(tx, [memberId]);
  await recordAudit(tx, {
    workspaceId,
    actor: input.actor,
    action: patientId ? 'healthie.member.linked' : 'healthie.member.unlinked',
    target: { type: 'member', id: memberId },
    details: { patientId: patientId ?? current, source: 'member_page' },
  });
}
