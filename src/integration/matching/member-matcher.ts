import type { HealthiePatient } from '../../healthie/client.ts';
import { emailKey } from '../../workspace/members.ts';
import { PhoneKeyReader } from './phone-key.ts';

export type MatchType = 'email' | 'phone';

/** Why a proposal is not a plain match: its value fits several patients, its patient fits several members, or is linked already. */
export type Ambiguity = 'several_patients' | 'several_members' | 'patient_linked';

/** A member as matching reads it: email trimmed and lower-cased, phone in E.164. */
export interface MatchableMember {
  id: string;
  emailKey: string | null;
  phone: string | null;
}

export type PatientContact = Pick<HealthiePatient, 'id' | 'email' | 'phone'>;

export interface MatchRules {
  /** Region for patients' phone numbers written without a country code. */
  phoneRegion: string;
  /** A person's "not a match" decisions: member id -> patient ids. Such a pair counts as never fitting. */
  rejected: ReadonlyMap<string, ReadonlySet<string>>;
  /** Patients already linked in the workspace: patient id -> member id. */
  linked: ReadonlyMap<string, string>;
}

export interface Match<M, P> {
  member: M;
  patient: P;
  matchType: MatchType;
}

export interface AmbiguousMatch<M, P> {
  member: M;
  candidates: P[];
  matchType: MatchType;
  reasons: Ambiguity[];
  /** The other members claiming a candidate (by the same kind of match) or linked to one. */
  otherMemberIds: string[];
}

export interface MatchOutcome<M, P> {
  matches: Match<M, P>[];
  ambiguous: AmbiguousMatch<M, P>[];
}

/**
 * Matches members to patients fed in any order and any number of batches, keeping only the patients
 * that fit someone. A member's email fits a patient with the same email (ignoring case and
 * surrounding spaces); only a member whose email fits no patient is matched by phone (E.164 equal).
 * Ambiguity is never resolved here: it is reported, with every candidate. Built for 100,000 members
 * against 100,000 patients in well under a second: member indexes in arrays, few allocations.
 */
export class MemberMatcher<M extends MatchableMember, P extends PatientContact> {
  private readonly byEmail = new Map<string, number | number[]>();
  private readonly byPhone = new Map<string, number | number[]>();
  private readonly phones: PhoneKeyReader;
  private readonly emailFits: Array<P[] | undefined>;
  private readonly phoneFits: Array<P[] | undefined>;

  constructor(
    private readonly members: readonly M[],
    private readonly rules: MatchRules,
  ) {
    members.forEach((member, index) => {
      if (member.emailKey) addIndex(this.byEmail, member.emailKey, index);
      if (member.phone) addIndex(this.byPhone, member.phone, index);
    });
    this.phones = new PhoneKeyReader(new Set(this.byPhone.keys()), rules.phoneRegion);
    this.emailFits = new Array(members.length);
    this.phoneFits = new Array(members.length);
  }

  add(patients: Iterable<P>): void {
    for (const patient of patients) {
      if (patient.email) this.fit(this.byEmail.get(emailKey(patient.email)), patient, this.emailFits);
      if (patient.phone) {
        const phone = this.phones.read(patient.phone);
        if (phone) this.fit(this.byPhone.get(phone), patient, this.phoneFits);
      }
    }
  }

  outcome(): MatchOutcome<M, P> {
    // A member's candidates: its email fits, or else its phone fits.
    const candidatesOf = (index: number): P[] | undefined => this.emailFits[index] ?? this.phoneFits[index];
    const firstClaimant = new Map<string, number>();
    const claimants = new Map<string, number[]>();
    for (let index = 0; index < this.members.length; index++) {
      for (const patient of candidatesOf(index) ?? []) {
        const first = firstClaimant.get(patient.id);
        if (first === undefined) firstClaimant.set(patient.id, index);
        else claimants.set(patient.id, [...(claimants.get(patient.id) ?? [first]), index]);
      }
    }

    const outcome: MatchOutcome<M, P> = { matches: [], ambiguous: [] };
    for (let index = 0; index < this.members.length; index++) {
      const candidates = candidatesOf(index);
      if (!candidates) continue;
      const member = this.members[index]!;
      const matchType: MatchType = this.emailFits[index] ? 'email' : 'phone';
      const [only] = candidates;
      if (candidates.length === 1 && !claimants.has(only!.id) && !this.linkedToOther(only!, member)) {
        outcome.matches.push({ member, patient: only!, matchType });
        continue;
      }
      const reasons = new Set<Ambiguity>();
      const others = new Set<string>();
      if (candidates.length > 1) reasons.add('several_patients');
      for (const patient of candidates) {
        for (const other of claimants.get(patient.id) ?? []) {
          if (other === index) continue;
          reasons.add('several_members');
          others.add(this.members[other]!.id);
        }
        if (this.linkedToOther(patient, member)) {
          reasons.add('patient_linked');
          others.add(this.rules.linked.get(patient.id)!);
        }
      }
      outcome.ambiguous.push({ member, candidates, matchType, reasons: [...reasons], otherMemberIds: [...others] });
    }
    return outcome;
  }

  private linkedToOther(patient: P, member: M): boolean {
    const holder = this.rules.linked.get(patient.id);
    return holder !== undefined && holder !== member.id;
  }

  private fit(memberIndexes: number | number[] | undefined, patient: P, fits: Array<P[] | undefined>): void {
    if (typeof memberIndexes === 'number') this.fitOne(memberIndexes, patient, fits);
    else for (const index of memberIndexes ?? []) this.fitOne(index, patient, fits);
  }

  private fitOne(index: number, patient: P, fits: Array<P[] | undefined>): void {
    if (this.rules.rejected.get(this.members[index]!.id)?.has(patient.id)) return;
    const list = fits[index];
    if (!list) fits[index] = [patient];
    // The same patient may come back from another keyword search.
    else if (!list.some((known) => known.id === patient.id)) list.push(patient);
  }
}

/** The whole match of members against patients, in one call. */
export function matchMembers<M extends MatchableMember, P extends PatientContact>(
  members: readonly M[],
  patients: Iterable<P>,
  rules: MatchRules,
): MatchOutcome<M, P> {
  const matcher = new MemberMatcher<M, P>(members, rules);
  matcher.add(patients);
  return matcher.outcome();
}

/** Most keys belong to one member: store its index, and a list only when several share the key. */
function addIndex(map: Map<string, number | number[]>, key: string, index: number): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, index);
  else if (typeof known === 'number') map.set(key, [known, index]);
  else known.push(index);
}
