import type { Db } from '../../db/database.ts';
import { badRequest } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import type { MemberChanges } from '../../workspace/member-input.ts';
import { getMember, updateMember, type Member } from '../../workspace/members.ts';
import { featureDisabled, hasFeature, phoneRegionOf, type Workspace } from '../../workspace/workspaces.ts';
import { setLinkByHand } from './manual-link.ts';
import { HEALTHIE_PATIENT_ID, PATIENT_ID } from './patient-link-store.ts';

/**
 * PATCH of a member: the details and fields it names, in one transaction. The Healthie link among
 * the fields goes through the member link's own rules (and needs Healthie enabled); other fields are
 * the workspace's, audited by key.
 */
export async function updateMemberWithLink(
  db: Db,
  input: { workspace: Workspace; actor: Actor; memberId: string; changes: MemberChanges & { fields?: Record<string, string | null> } },
): Promise<Member> {
  const { workspace, actor, memberId } = input;
  const { fields = {}, ...details } = input.changes;
  const { [HEALTHIE_PATIENT_ID]: patientId, ...otherFields } = fields;
  const linkNamed = HEALTHIE_PATIENT_ID in fields;
  if (linkNamed && !hasFeature(workspace, 'ehr_healthie')) {
    throw featureDisabled('ehr_healthie');
  }
  if (patientId && !PATIENT_ID.test(patientId)) throw badRequest(`fields.${HEALTHIE_PATIENT_ID}: not a Healthie patient id`);
  return db.transaction(async (tx) => {
    await updateMember(tx, workspace.id, memberId, { ...details, fields: otherFields }, phoneRegionOf(workspace));
    if (linkNamed) await setLinkByHand(tx, { workspaceId: workspace.id, memberId, patientId: patientId ?? null, actor });
    const keys = Object.keys(otherFields);
    if (keys.length > 0) {
      await recordAudit(tx, { workspaceId: workspace.id, actor, action: 'member.fields_updated', target: { type: 'member', id: memberId }, details: { keys } });
    }
    return getMember(tx, workspace.id, memberId);
  });
}
