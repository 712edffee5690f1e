/**
 * scan: page through every patient once; lookup: one keyword search per member email. Healthie's
 * keywords search ids, names, record identifiers, emails, dates of birth and NPIs, not phone
 * numbers, so a member who may need matching by phone can only be found by a scan.
 */
export type MatchStrategy = 'scan' | 'lookup';

export interface StrategyInput {
  /** Patients Healthie has (total_count of the first page). */
  patients: number;
  patientPageSize: number;
  /** Pages already read to learn the total. */
  pagesRead: number;
  /** Distinct emails of the members to match: the keyword searches lookups need. */
  lookups: number;
  /** Members to match with a phone: any of them may need matching by phone, which only a scan can do. */
  withPhone: number;
  /** Linked members: a scan sees their patients, lookups must ask for them by id. */
  links: number;
  idPageSize: number;
}

/** The cheaper way to read Healthie, in requests; a tie goes to the scan, which sees every patient. */
export function chooseStrategy(input: StrategyInput): { strategy: MatchStrategy; scanRequests: number; lookupRequests: number } {
  const scanRequests = Math.max(0, Math.ceil(input.patients / input.patientPageSize) - input.pagesRead);
  const lookupRequests = input.lookups + Math.ceil(input.links / input.idPageSize);
  const lookupsSuffice = input.withPhone === 0;
  return { strategy: lookupsSuffice && lookupRequests < scanRequests ? 'lookup' : 'scan', scanRequests, lookupRequests };
}
