import { z } from 'zod';
import { candidatesForMember } from '../integration/matching/member-candidates.ts';
import { flagsOf } from '../integration/member-links/link-flags.ts';
import { HEALTHIE_PATIENT_ID, linkedPatientOf } from '../integration/member-links/patient-link-store.ts';
import { fullName } from '../platform/full-name.ts';
import { getMember, listMembers } from '../workspace/members.ts';
import { defineOperation } from './operation.ts';

const memberId = z.uuid().describe('A member id from find_members.');

export const findMembersOperation = defineOperation({
  name: 'find_members',
  scope: 'members:read',
  input: z.object({ query: z.string().trim().min(2).max(200).describe('Part of a name, an email or a phone number.') }).strict(),
  output: z.object({
    members: z.array(z.object({ id: z.uuid(), name: z.string(), linkedToHealthie: z.boolean() })),
    more: z.boolean().describe('More members fit than are listed: narrow the query.'),
  }),
  run: async (ctx, caller, input) => {
    const { db } = ctx.database;
    const limit = 20;
    const { members, total } = await listMembers(db, caller.workspaceId, { search: input.query, limit, offset: 0 });
    return { members: members.map((m) => ({ id: m.id, name: fullName(m.firstName, m.lastName), linkedToHealthie: HEALTHIE_PATIENT_ID in m.fields })), more: total > limit };
  },
});

export const getMemberHealthieLinkOperation = defineOperation({
  name: 'get_member_healthie_link',
  scope: 'members:read',
  feature: 'ehr_healthie',
  input: z.object({ memberId }).strict(),
  output: z.object({
    memberId: z.uuid(),
    linked: z.boolean(),
    patientId: z.string().nullable().describe('The Healthie patient the member is linked to.'),
    flag: z.enum(['patient_missing', 'patient_archived']).nullable().describe('The link points at a patient Healthie no longer has, or has archived.'),
  }),
  run: async (ctx, caller, input) => {
    const { db } = ctx.database;
    const member = await getMember(db, caller.workspaceId, input.memberId);
    const patientId = await linkedPatientOf(db, caller.workspaceId, member.id);
    return { memberId: member.id, linked: patientId !== null, patientId, flag: patientId ? ((await flagsOf(db, [member.id])).get(member.id)?.reason ?? null) : null };
  },
});

export const findMatchingPatientsOperation = defineOperation({
  name: 'find_matching_patients',
  scope: 'members:read',
  feature: 'ehr_healthie',
  input: z.object({ memberId }).strict(),
  output: z.object({
    candidates: z.array(
      z.object({
        patient: z.object({ id: z.string(), name: z.string() }),
        matchType: z.enum(['email', 'phone']),
        concerns: z.array(z.enum(['name_differs', 'email_differs', 'phone_differs'])),
        ambiguities: z.array(z.enum(['several_patients', 'several_members', 'patient_linked'])),
      }),
    ),
  }),
  run: async (ctx, caller, input) => ({ candidates: await candidatesForMember(ctx, caller.workspace, input.memberId) }),
});
