import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { HealthieClient, HealthiePatient } from '../../healthie/client.ts';
import type { MatchableMember, MemberMatcher } from './member-matcher.ts';

/**
 * Feeds the matcher every patient that could fit the members, with keyword searches instead of a
 * scan: each distinct email first, then the phone of each member no email fitted. Healthie's
 * keywords match names, emails and phone digits as substrings, so the matcher still decides.
 */
export async function lookUpPatients<M extends MatchableMember>(
  client: HealthieClient,
  matcher: MemberMatcher<M, HealthiePatient>,
  members: readonly M[],
): Promise<number> {
  let read = 0;
  const search = async (keywords: string) => {
    for await (const page of client.patientPages({ keywords })) {
      read += page.length;
      matcher.add(page);
    }
  };
  await Promise.all(distinct(members.map((m) => m.emailKey)).map(search));
  await Promise.all(distinct(matcher.membersToMatchByPhone().map((m) => m.phone && nationalDigits(m.phone))).map(search));
  return read;
}

/** The digits of a number without its country code: how a patient's phone reads in any format. */
function nationalDigits(e164: string): string {
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? e164.slice(1);
}

const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => Boolean(v)))];
