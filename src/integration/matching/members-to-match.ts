import { and, asc, eq, isNotNull, notExists, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { memberFields, members } from '../../db/schema.ts';
import { HEALTHIE_PATIENT_ID } from '../../workspace/member-fields.ts';

/** A member as matching reads and shows it: contact details, no fields or labels. */
export interface MemberToMatch {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  emailKey: string | null;
  phone: string | null;
  phoneDisplay: string | null;
  externalId: string | null;
}

/** Members matching considers: not linked to a Healthie patient, with an email or a phone. */
function unlinkedWithContact(tx: Tx, workspaceId: string) {
  return and(
    eq(members.workspaceId, workspaceId),
    or(isNotNull(members.emailKey), isNotNull(members.phone)),
    notExists(
      tx
        .select({ one: sql`1` })
        .from(memberFields)
        .where(and(eq(memberFields.memberId, members.id), eq(memberFields.key, HEALTHIE_PATIENT_ID))),
    ),
  );
}

export async function membersToMatch(tx: Tx, workspaceId: string): Promise<MemberToMatch[]> {
  return tx
    .select({
      id: members.id,
      firstName: members.firstName,
      lastName: members.lastName,
      email: members.email,
      emailKey: members.emailKey,
      phone: members.phone,
      phoneDisplay: members.phoneDisplay,
      externalId: members.externalId,
    })
    .from(members)
    .where(unlinkedWithContact(tx, workspaceId))
    .orderBy(asc(members.lastName), asc(members.firstName), asc(members.id));
}

/**
 * What matching will cost: distinct emails plus distinct phones of the members to match (the most
 * keyword searches they could need) and how many members are linked.
 */
export async function matchWorkload(tx: Tx, workspaceId: string): Promise<{ lookups: number; links: number }> {
  const links = tx
    .select({ n: sql`count(*)` })
    .from(memberFields)
    .where(and(eq(memberFields.workspaceId, workspaceId), eq(memberFields.key, HEALTHIE_PATIENT_ID)));
  const [row] = await tx
    .select({
      lookups: sql<number>`(count(distinct ${members.emailKey}) + count(distinct ${members.phone}))::int`,
      links: sql<number>`(${links})::int`,
    })
    .from(members)
    .where(unlinkedWithContact(tx, workspaceId));
  return { lookups: Number(row?.lookups ?? 0), links: Number(row?.links ?? 0) };
}
