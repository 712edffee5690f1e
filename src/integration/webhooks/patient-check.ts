import type { DeliveryOutcome } from '../../db/schema.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { inactivePatients } from '../member-links/link-check.ts';
import { replacePatientFlag } from '../member-links/link-flags.ts';
import { membersOfPatients } from '../member-links/patient-link-store.ts';

/**
 * A patient changed in Healthie: the member linked to them is flagged when the patient is archived
 * (or gone), and the flag goes when they are active again. An unlinked member whose contact now fits
 * is proposed at the next Find Matching Records, which reads Healthie fresh.
 */
export async function checkPatientLink(ctx: IntegrationContext, workspaceId: string, patientId: string): Promise<{ outcome: DeliveryOutcome; detail: string }> {
  const memberId = (await membersOfPatients(ctx.database.db, workspaceId, [patientId])).get(patientId);
  if (!memberId) return { outcome: 'ignored', detail: 'patient_not_linked' };
  const { client } = await clientForWorkspace(ctx, workspaceId);
  const { archived, missing } = await inactivePatients(client, [patientId]);
  const reason = missing.length > 0 ? 'patient_missing' : archived.length > 0 ? 'patient_archived' : null;
  const changed = await replacePatientFlag(ctx.database.db, workspaceId, { memberId, patientId }, reason);
  return { outcome: changed ? 'applied' : 'unchanged', detail: reason ?? 'patient_active' };
}
