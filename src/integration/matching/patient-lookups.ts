import type { HealthieClient, HealthiePatient } from '../../healthie/client.ts';
import type { MatchableMember, MemberMatcher } from './member-matcher.ts';

/**
 * Feeds the matcher every patient whose email could fit the members, with one keyword search per
 * distinct email instead of a scan. Healthie's keywords match emails (and names, ids, dates of birth)
 * as substrings, so the matcher still decides; they do not search phone numbers, which is why this
 * strategy is only chosen when no member to match has a phone.
 */
export async function lookUpPatients<M extends MatchableMember>(
  client: HealthieClient,
  matcher: MemberMatcher<M, HealthiePatient>,
  members: readonly M[],
  onProgress: (progress: LookupProgress) => void = () => undefined,
): Promise<number> {
  const emails = [...new Set(members.flatMap((m) => (m.emailKey ? [m.emailKey] : [])))];
  const progress: LookupProgress = { patientsRead: 0, searchesDone: 0, searchesTotal: emails.length };
  onProgress({ ...progress });
  await Promise.all(
    emails.map(async (keywords) => {
      for await (const page of client.patientPages({ keywords })) {
        progress.patientsRead += page.length;
        matcher.add(page);
      }
      progress.searchesDone += 1;
      onProgress({ ...progress });
    }),
  );
  return progress.patientsRead;
}

export interface LookupProgress {
  patientsRead: number;
  searchesDone: number;
  searchesTotal: number;
}
