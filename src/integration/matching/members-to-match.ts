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

/** A member as the database sends it: its fields in MemberToMatch's order, without their names. */
type MemberTuple = [string, string, string, string | null, string | null, string | null, string | null, string | null];

/**
 * Every member to match, by name. Plain SQL rather than the query builder, and the rows as one JSON
 * array of arrays: for 100,000 members the builder's row mapping took a tenth of a second of the
 * event loop, and PGlite's reading of 800,000 fields half a second, both while the Healthie paging
 * waits on it; one JSON document is built by the database and read by the JSON parser. Arrays
 * rather than objects: on PGlite the read took 0.5 s instead of 0.73 s, the keys being most of
 * the document.
 */
export async function membersToMatch(database: Pick<Database, 'query'>, workspaceId: string): Promise<MemberToMatch[]> {
  // Both drivers parse a json column.
  const { rows } = await database.query<{ members: MemberTuple[] }>(
    `select coalesce(json_agg(json_build_array(id, first_name, last_name, email, email_key, phone, phone_display, external_id)
            order by last_name, first_name, id), '[]') as members
       ${TO_MATCH}`,
    [workspaceId, HEALTHIE_PATIENT_ID],
  );
  return (rows[0]?.members ?? []).map(([id, firstName, lastName, email, emailKey, phone, phoneDisplay, externalId]) => ({
    id,
    firstName,
    lastName,
    email,
    emailKey,
    phone,
    phoneDisplay,
    externalId,
  }));
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
