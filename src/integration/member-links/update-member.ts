import { AppError, badRequest } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import type { MemberChanges } from '../../workspace/member-input.ts';
import { getMember, updateMember, type Member } from '../../workspace/members.ts';
import { featureDisabled, hasFeature, phoneRegionOf, type Workspace } from '../../workspace/workspaces.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { linkMessage } from './link-members.ts';
import { setLinkByHand } from './manual-link.ts';
import { patientDetails } from './patient-details.ts';
import { PATIENT_ID } from './match-pair.ts';
import { HEALTHIE_PATIENT_ID, linkedPatientOf } from './patient-link-store.ts';

/**
 * PATCH of a member: the details and fields it names, in one transaction. The Healthie link among
 * the fields goes through the member link's own rules (and needs Healthie enabled): a new patient
 * is first looked up in Healthie, like Link does. Other fields are the workspace's, audited by key.
 */
export async function updateMemberWithLink(
  ctx: IntegrationContext,
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
  const { db } = ctx.database;
  if (patientId) {
    // The member first: another workspace's member is not found, whatever it is linked to.
    await getMember(db, workspace.id, memberId);
    if ((await linkedPatientOf(db, workspace.id, memberId)) !== patientId) await expectActivePatient(ctx, workspace.id, patientId);
  }
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

async function expectActivePatient(ctx: IntegrationContext, workspaceId: string, patientId: string): Promise<void> {
  const { client } = await clientForWorkspace(ctx, workspaceId);
  const [patient] = await client.confirmingKey(() => patientDetails(client, [patientId]));
  const code = !patient ? 'patient_not_found' : patient.archived ? 'patient_archived' : null;
  if (code) throw new AppError(404, code, linkMessage(code, patientId));
}
