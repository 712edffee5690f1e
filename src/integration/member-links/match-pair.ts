import { z } from 'zod';

/** What a Healthie patient (user) id looks like. */
export const PATIENT_ID = /^[\w-]{1,64}$/;

/** A member and a Healthie patient: a link, a proposal or a "not a match". */
export const matchPairSchema = z.object({
  memberId: z.uuid({ message: 'memberId is not a valid id' }),
  patientId: z.string().trim().regex(PATIENT_ID, 'patientId is not a Healthie patient id'),
});

export type MatchPair = z.infer<typeof matchPairSchema>;

export const pairKey = (pair: MatchPair) => `${pair.memberId} ${pair.patientId}`;
