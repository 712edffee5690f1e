import type { HealthiePatient } from '../../healthie/client.ts';
import { emailKey } from '../../workspace/members.ts';
import { normalizePhone } from '../../workspace/phone.ts';
import { sameFamilyName, sameGivenName } from './given-names.ts';
import type { MatchType } from './member-matcher.ts';

/**
 * What a person should look at before linking a proposal: the names disagree (beyond a nickname),
 * or the contact value the match did not use is on both sides and differs.
 */
export type MatchConcern = 'name_differs' | 'email_differs' | 'phone_differs';

interface MemberContact {
  firstName: string;
  lastName: string;
  emailKey: string | null;
  /** E.164. */
  phone: string | null;
}

export function matchConcerns(member: MemberContact, patient: HealthiePatient, matchType: MatchType, phoneRegion: string): MatchConcern[] {
  const concerns: MatchConcern[] = [];
  if (!sameGivenName(member.firstName, patient.firstName) || !sameFamilyName(member.lastName, patient.lastName)) concerns.push('name_differs');
  if (matchType === 'phone' && member.emailKey && patient.email && emailKey(patient.email) !== member.emailKey) concerns.push('email_differs');
  if (matchType === 'email' && member.phone && patient.phone) {
    const patientPhone = normalizePhone(patient.phone, phoneRegion);
    if (patientPhone && patientPhone !== member.phone) concerns.push('phone_differs');
  }
  return concerns;
}
