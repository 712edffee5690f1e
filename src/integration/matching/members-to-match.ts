import type { Database } from '../../db/database.ts';
import { HEALTHIE_PATIENT_ID } from '../member-links/patient-link-store.ts';

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

/** Members matching considers ($1 workspace, $2 the patient id field): not linked, with an email or a phone. */
const TO_MATCH = `from members m
  where workspace_id = $1 and (email_key is not null or phone is not null)
    and not exists (select 1 from member_fields f where f.member_id = m.id and f.key = $2)`;

/**
 * Every member to match, by name. Plain SQL rather than the query builder: for 100,000 members the
 * builder's row mapping takes a tenth of a second of the event loop, which the Healthie paging waits on.
 */
export async function membersToMatch(database: Pick<Database, 'query'>, workspaceId: string): Promise<MemberToMatch[]> {
  const { rows } = await database.query<MemberToMatch>(
    `select id, first_name as "firstName", last_name as "lastName", email, email_key as "emailKey", phone,
            phone_display as "phoneDisplay", external_id as "externalId"
       ${TO_MATCH}
      order by last_name, first_name, id`,
    [workspaceId, HEALTHIE_PATIENT_ID],
  );
  return rows;
}

/**
 * What matching will cost, counted no further than `cap` members: the keyword searches their emails
 * need, how many of them have a phone (matching by phone needs a scan), and how many members are linked.
 */
export async function matchWorkload(
  database: Pick<Database, 'query'>,
  workspaceId: string,
  cap: number,
): Promise<{ lookups: number; withPhone: number; links: number }> {
  const { rows } = await database.query<{ lookups: number; withPhone: number; links: number }>(
    `select s.lookups, s."withPhone",
            (select count(*)::int from member_fields where workspace_id = $1 and key = $2) as links
       from (select count(email_key)::int as lookups, count(phone)::int as "withPhone" from (select email_key, phone ${TO_MATCH} limit $3) m) s`,
    [workspaceId, HEALTHIE_PATIENT_ID, cap],
  );
  return { lookups: Number(rows[0]?.lookups ?? 0), withPhone: Number(rows[0]?.withPhone ?? 0), links: Number(rows[0]?.links ?? 0) };
}
