import type { Ambiguity, MatchType } from '../../api/api-types.ts';

const reasons: Record<Ambiguity, (via: string) => string> = {
  several_patients: (via) => `This ${via} belongs to several Healthie patients.`,
  several_members: (via) => `Several members share this ${via}.`,
  patient_linked: () => 'A candidate patient is already linked to another member.',
};

/** Why a match was not proposed outright, in words. */
export function describeAmbiguity(list: Ambiguity[], matchType: MatchType): string {
  const via = matchType === 'email' ? 'email' : 'phone number';
  return list.map((reason) => reasons[reason](via)).join(' ');
}
