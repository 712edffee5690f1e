import type { HealthiePatient } from '../../healthie/client.ts';
import { emailKey, getMember } from '../../workspace/members.ts';
import { phoneRegionOf, type Workspace } from '../../workspace/workspaces.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { linkedPatients } from '../member-links/patient-link-store.ts';
import { matchConcerns, type MatchConcern } from './match-concerns.ts';
import { rejectionsOf } from './match-rejections.ts';
import { MemberMatcher, type Ambiguity, type MatchType } from './member-matcher.ts';
import { lookUpPatients } from './patient-lookups.ts';

export interface MemberCandidate {
  patient: { id: string; name: string };
  matchType: MatchType;
  /** What a person should check before linking (a plain match has none). */
  concerns: MatchConcern[];
  /** Why it is not a plain match (several patients fit, or the patient is linked to someone else). */
  ambiguities: Ambiguity[];
}

/**
 * Find Matching Records for one member, by the same rules: an email search first; only when the
 * email fits no one (or the member has none) the phone, which Healthie cannot search, so every
 * patient page is read for it.
 */
export async function candidatesForMember(ctx: IntegrationContext, workspace: Workspace, memberId: string): Promise<MemberCandidate[]> {
  const { db } = ctx.database;
  const member = await getMember(db, workspace.id, memberId);
  const { client } = await clientForWorkspace(ctx, workspace.id);
  const [linked, rejected] = await Promise.all([linkedPatients(db, workspace.id), rejectionsOf(db, workspace.id)]);
  const phoneRegion = phoneRegionOf(workspace);
  const matchable = { ...member, emailKey: member.email ? emailKey(member.email) : null };
  const matcher = new MemberMatcher<typeof matchable, HealthiePatient>([matchable], { phoneRegion, linked: new Map([...linked].filter(([, m]) => m !== member.id)), rejected });
  if (matchable.emailKey) await lookUpPatients(client, matcher, [matchable]);
  const byEmail = matcher.outcome();
  if (member.phone && byEmail.matches.length + byEmail.ambiguous.length === 0) for await (const page of client.patientPages({})) matcher.add(page);
  const outcome = matcher.outcome();
  const person = (patient: HealthiePatient) => ({ id: patient.id, name: patient.name });
  return [
    ...outcome.matches.map((m) => ({ patient: person(m.patient), matchType: m.matchType, concerns: matchConcerns(matchable, m.patient, m.matchType, phoneRegion), ambiguities: [] })),
    ...outcome.ambiguous.flatMap((a) => a.candidates.map((patient) => ({ patient: person(patient), matchType: a.matchType, concerns: [], ambiguities: a.reasons }))),
  ];
}
