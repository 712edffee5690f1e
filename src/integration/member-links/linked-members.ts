import type { Tx } from '../../db/database.ts';
import { listMembers, type Member } from '../../workspace/members.ts';
import { flagsOf, type LinkFlag } from './link-flags.ts';
import { HEALTHIE_PATIENT_ID } from './patient-link-store.ts';

export interface LinkedMember extends Member {
  patientId: string;
  /** Set when the patient was not found in Healthie the last time matching ran. */
  flag: LinkFlag | null;
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
