import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { memberFields } from '../../db/schema.ts';
import { HEALTHIE_PATIENT_ID } from '../../workspace/member-fields.ts';
import { listMembers, type Member } from '../../workspace/members.ts';
import { flagsOf, type LinkFlag } from './link-flags.ts';

export interface LinkedMember extends Member {
  patientId: string;
  /** Set when the patient was not found in Healthie the last time matching ran. */
  flag: LinkFlag | null;
}

/** Healthie patient id -> the member linked to it, for a whole workspace. */
export async function linkedPatients(tx: Tx, workspaceId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ memberId: memberFields.memberId, patientId: memberFields.value })
    .from(memberFields)
    .where(and(eq(memberFields.workspaceId, workspaceId), eq(memberFields.key, HEALTHIE_PATIENT_ID)));
  return new Map(rows.map((row) => [row.patientId, row.memberId]));
}

export async function linkedPatientOf(tx: Tx, memberId: string): Promise<string | null> {
  const [row] = await tx
    .select({ patientId: memberFields.value })
    .from(memberFields)
    .where(and(eq(memberFields.memberId, memberId), eq(memberFields.key, HEALTHIE_PATIENT_ID)));
  return row?.patientId ?? null;
}

/** The Members tab: linked members with their Healthie patient id, searchable by name or contact, paged. */
export async function listLinkedMembers(
  tx: Tx,
  workspaceId: string,
  query: { search?: string; limit: number; offset: number },
): Promise<{ members: LinkedMember[]; total: number }> {
  const page = await listMembers(tx, workspaceId, { ...query, hasField: HEALTHIE_PATIENT_ID });
  const flags = await flagsOf(
    tx,
    page.members.map((m) => m.id),
  );
  return {
    members: page.members.map((member) => ({ ...member, patientId: member.fields[HEALTHIE_PATIENT_ID]!, flag: flags.get(member.id) ?? null })),
    total: page.total,
  };
}
