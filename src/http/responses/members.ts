import { z } from 'zod';
import { nullableTimestamp, timestamp } from './common.ts';

export const memberAnswer = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  phoneDisplay: z.string().nullable(),
  externalId: z.string().nullable(),
  labels: z.array(z.string()),
  fields: z.record(z.string(), z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const importAnswer = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});

const linkFlag = z.object({ reason: z.enum(['patient_missing', 'patient_archived']), flaggedAt: timestamp }).nullable();

export const linkedMemberAnswer = memberAnswer.extend({ patientId: z.string(), flag: linkFlag });

export const linkResultAnswer = z.object({
  memberId: z.string(),
  patientId: z.string(),
  status: z.enum(['linked', 'already_linked', 'conflict', 'not_found']),
  code: z.string(),
  message: z.string(),
});

export const undoLinksAnswer = z.object({ undone: z.array(z.object({ memberId: z.string(), patientId: z.string() })), kept: z.number().int() });

export const unlinkAnswer = z.object({ memberId: z.string(), patientId: z.string().nullable(), status: z.enum(['unlinked', 'not_linked']) });

const matchMember = memberAnswer.pick({ id: true, firstName: true, lastName: true, email: true, phone: true, phoneDisplay: true, externalId: true });
const matchPatient = z.object({ id: z.string(), name: z.string(), firstName: z.string(), lastName: z.string(), email: z.string().nullable(), phone: z.string().nullable() });

export const patientDetailsAnswer = matchPatient.extend({ archived: z.boolean() });

export const matchesAnswer = z.object({
  strategy: z.enum(['scan', 'lookup']),
  requests: z.number().int(),
  patientsRead: z.number().int(),
  membersConsidered: z.number().int(),
  matches: z.array(
    z.object({
      member: matchMember,
      patient: matchPatient,
      matchType: z.enum(['email', 'phone']),
      /** What to check before linking: names that differ beyond a nickname, or the other contact value differing. */
      concerns: z.array(z.enum(['name_differs', 'email_differs', 'phone_differs'])),
    }),
  ),
  ambiguous: z.array(
    z.object({
      member: matchMember,
      candidates: z.array(matchPatient),
      matchType: z.enum(['email', 'phone']),
      reasons: z.array(z.enum(['several_patients', 'several_members', 'patient_linked'])),
      otherMemberIds: z.array(z.string()),
    }),
  ),
  flaggedLinks: z.array(z.object({ memberId: z.string(), patientId: z.string(), reason: z.enum(['patient_missing', 'patient_archived']) })),
});

export const rejectionAnswer = z.object({ memberId: z.string(), patientId: z.string(), status: z.enum(['recorded', 'already_recorded']) });

export const rejectedMatchAnswer = z.object({
  member: memberAnswer.pick({ id: true, firstName: true, lastName: true, email: true, phone: true }),
  patientId: z.string(),
  /** Who decided, as the audit log's actorId; left out when it was not stored. */
  actorId: z.string().optional(),
  decidedAt: timestamp,
});

export const matchProgressAnswer = z.object({
  status: z.enum(['idle', 'running', 'finished', 'failed', 'interrupted']),
  phase: z.enum(['reading', 'checking_links']),
  strategy: z.enum(['scan', 'lookup']).nullable(),
  patientsRead: z.number().int(),
  patientsTotal: z.number().int().nullable(),
  searchesDone: z.number().int(),
  searchesTotal: z.number().int().nullable(),
  startedAt: nullableTimestamp,
  updatedAt: nullableTimestamp,
  finishedAt: nullableTimestamp,
});
