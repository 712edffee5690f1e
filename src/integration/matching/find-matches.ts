import type { Database } from '../../db/database.ts';
import type { HealthieClient, HealthiePatient } from '../../healthie/client.ts';
import { phoneRegionOf, type Workspace } from '../../workspace/workspaces.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { consumeWhenReady } from './consume-when-ready.ts';
import { inactivePatients } from '../member-links/link-check.ts';
import { replaceLinkFlags, type FlaggedLink } from '../member-links/link-flags.ts';
import { linkedPatients } from '../member-links/patient-link-store.ts';
import { rejectionsOf } from './match-rejections.ts';
import { chooseStrategy, type MatchStrategy } from './match-strategy.ts';
import { MemberMatcher, type AmbiguousMatch, type Match, type MatchOutcome } from './member-matcher.ts';
import { matchWorkload, membersToMatch, type MemberToMatch } from './members-to-match.ts';
import { matchConcerns, type MatchConcern } from './match-concerns.ts';
import { MatchProgressRecorder, startingProgress, type MatchProgress } from './match-progress.ts';
import { lookUpPatients } from './patient-lookups.ts';

export type MemberSummary = Omit<MemberToMatch, 'emailKey'>;

export interface MemberMatches {
  /** How Healthie was read: every patient page ('scan') or keyword searches after the first page ('lookup'). */
  strategy: MatchStrategy;
  /** Healthie requests this run used (retries included). */
  requests: number;
  patientsRead: number;
  membersConsidered: number;
  /** With what a person should check before linking each (a nickname is no concern). */
  matches: Array<Match<MemberSummary, HealthiePatient> & { concerns: MatchConcern[] }>;
  ambiguous: AmbiguousMatch<MemberSummary, HealthiePatient>[];
  /** Links whose patient Healthie no longer has, or has only archived. */
  flaggedLinks: FlaggedLink[];
}

/** Find Matching Records for a workspace, through its Healthie connection. */
export async function findMemberMatches(ctx: IntegrationContext, workspace: Workspace): Promise<MemberMatches> {
  const { client } = await clientForWorkspace(ctx, workspace.id);
  const progress = await MatchProgressRecorder.start(ctx.database.db, ctx.logger, workspace.id).catch((error: unknown) => {
    // Progress is for the person watching; matching goes on without it.
    ctx.logger.warn({ err: { type: (error as Error).name }, workspaceId: workspace.id }, 'Find Matching Records progress not started');
    return null;
  });
  try {
    const matches = await client.confirmingKey(() =>
      matchMembersWithHealthie(ctx.database, client, { workspaceId: workspace.id, phoneRegion: phoneRegionOf(workspace), ...(progress ? { onProgress: progress.report } : {}) }),
    );
    await progress?.finish('finished');
    return matches;
  } catch (error) {
    await progress?.finish('failed');
    throw error;
  }
}

/**
 * Reads Healthie the cheaper way for this workspace, matches as patients arrive, and flags links
 * whose patient is gone. The first patient page tells how many patients there are, which decides
 * between reading on (scan) and keyword searches (lookup); the members load meanwhile.
 */
export async function matchMembersWithHealthie(
  database: Database,
  client: HealthieClient,
  input: { workspaceId: string; phoneRegion: string; onProgress?: (progress: MatchProgress) => void },
): Promise<MemberMatches> {
  let progress = startingProgress;
  const report = (change: Partial<MatchProgress>) => {
    progress = { ...progress, ...change };
    input.onProgress?.(progress);
  };
  const { db } = database;
  const requestsBefore = client.requests;
  const loaded = Promise.all([membersToMatch(database, input.workspaceId), linkedPatients(db, input.workspaceId), rejectionsOf(db, input.workspaceId)]).then(
    ([members, linked, rejected]) => ({ members, linked, matcher: new MemberMatcher<MemberToMatch, HealthiePatient>(members, { phoneRegion: input.phoneRegion, linked, rejected }) }),
  );
  loaded.catch(() => undefined);

  let total = 0;
  const pages = client.patientPages({ orderBy: 'LAST_NAME_ASC', onTotal: (count) => (total = count) });
  const first = await pages.next();
  const firstPage = first.done ? [] : first.value;
  const scanPages = Math.ceil(total / client.pageSize('patients')) - 1;
  const work = await matchWorkload(database, input.workspaceId, scanPages + 1);
  const { strategy } = chooseStrategy({
    patients: total,
    patientPageSize: client.pageSize('patients'),
    pagesRead: 1,
    lookups: work.lookups,
    withPhone: work.withPhone,
    links: work.links,
    idPageSize: client.pageSize('patientIds'),
  });

  let patientsRead = firstPage.length;
  report({ strategy, patientsRead, patientsTotal: total });
  // Linked patients a scan showed; after lookups every link is checked by id.
  const seenLinks = new Set<string>();
  if (strategy === 'scan') {
    const consumer = loaded.then(({ matcher, linked }) => (page: HealthiePatient[]) => {
      matcher.add(page);
      for (const patient of page) if (linked.has(patient.id)) seenLinks.add(patient.id);
    });
    await consumeWhenReady(
      (async function* () {
        yield firstPage;
        for await (const page of pages) {
          patientsRead += page.length;
          report({ patientsRead });
          yield page;
        }
      })(),
      consumer,
    );
  } else {
    await pages.return(undefined);
    const { matcher, members } = await loaded;
    matcher.add(firstPage);
    if (work.lookups > 0)
      patientsRead += await lookUpPatients(client, matcher, members, (lookup) => report({ ...lookup, patientsRead: firstPage.length + lookup.patientsRead }));
  }

  report({ phase: 'checking_links' });

  const { members, linked, matcher } = await loaded;
  const inactive = await inactivePatients(
    client,
    [...linked.keys()].filter((patientId) => !seenLinks.has(patientId)),
  );
  const flag = (reason: FlaggedLink['reason']) => (patientId: string) => ({ memberId: linked.get(patientId)!, patientId, reason });
  const flaggedLinks = await db.transaction((tx) =>
    replaceLinkFlags(tx, input.workspaceId, [...inactive.missing.map(flag('patient_missing')), ...inactive.archived.map(flag('patient_archived'))]),
  );
  return {
    strategy,
    requests: client.requests - requestsBefore,
    patientsRead,
    membersConsidered: members.length,
    ...proposals(matcher.outcome(), input.phoneRegion),
    flaggedLinks,
  };
}

/** The matcher's outcome as Find Matching Records shows it: members without their match keys, each match with its concerns. */
export function proposals(outcome: MatchOutcome<MemberToMatch, HealthiePatient>, phoneRegion: string): Pick<MemberMatches, 'matches' | 'ambiguous'> {
  return {
    matches: outcome.matches.map((match) => ({
      ...match,
      member: summary(match.member),
      concerns: matchConcerns(match.member, match.patient, match.matchType, phoneRegion),
    })),
    ambiguous: outcome.ambiguous.map((entry) => ({ ...entry, member: summary(entry.member) })),
  };
}

const summary = ({ emailKey: _emailKey, ...member }: MemberToMatch): MemberSummary => member;
