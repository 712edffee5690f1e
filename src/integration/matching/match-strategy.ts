/** scan: page through every patient once; lookup: one keyword search per member email or phone. */
export type MatchStrategy = 'scan' | 'lookup';

export interface StrategyInput {
  /** Patients Healthie has (total_count of the first page). */
  patients: number;
  patientPageSize: number;
  /** Pages already read to learn the total. */
  pagesRead: number;
  /** Distinct emails plus distinct phones of the members to match: the most keyword searches needed. */
  lookups: number;
  /** Linked members: a scan sees their patients, lookups must ask for them by id. */
  links: number;
  idPageSize: number;
}

/** The cheaper way to read Healthie, in requests; a tie goes to the scan, which sees every patient. */
export function chooseStrategy(input: StrategyInput): { strategy: MatchStrategy; scanRequests: number; lookupRequests: number } {
  const scanRequests = Math.max(0, Math.ceil(input.patients / input.patientPageSize) - input.pagesRead);
  const lookupRequests = input.lookups + Math.ceil(input.links / input.idPageSize);
  return { strategy: lookupRequests < scanRequests ? 'lookup' : 'scan', scanRequests, lookupRequests };
}
