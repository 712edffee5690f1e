import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { memberFields } from '../../db/schema.ts';
import { HEALTHIE_PATIENT_ID } from '../../workspace/member-fields.ts';

/** Healthie patient id -> the workspace member linked to it. */
export async function membersByPatientId(tx: Tx, workspaceId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ memberId: memberFields.memberId, patientId: memberFields.value })
    .from(memberFields)
    .where(and(eq(memberFields.workspaceId, workspaceId), eq(memberFields.key, HEALTHIE_PATIENT_ID)));
  return new Map(rows.map((r) => [r.patientId, r.memberId]));
}
