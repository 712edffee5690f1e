/** A member and a Healthie patient: a link, a proposal or a "not a match". */
export interface MatchPair {
  memberId: string;
  patientId: string;
}

export const pairKey = (pair: MatchPair) => `${pair.memberId} ${pair.patientId}`;
