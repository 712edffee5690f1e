import type { Db } from '../../db/database.ts';
import { healthiePageSizes, type HealthieClient, type HealthiePatient } from '../../healthie/client.ts';
import { phoneRegionOf, type Workspace } from '../../workspace/workspaces.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { consumeWhenReady } from './consume-when-ready.ts';
import { missingPatients } from './link-check.ts';
import { replaceLinkFlags } from './link-flags.ts';
import { linkedPatients } from './linked-members.ts';
import type { MatchPair } from './match-pair.ts';
import { rejectionsOf } from './match-rejections.ts';
import { chooseStrategy, type MatchStrategy } from './match-strategy.ts';
import { MemberMatcher, type AmbiguousMatch, type Match } from './member-matcher.ts';
import { matchWorkload, membersToMatch, type MemberToMatch } from './members-to-match.ts';
import { lookUpPatients } from './patient-lookups.ts';

export type MemberSummary = Omit<MemberToMatch, 'emailKey'>;

export interface MemberMatches {
  /** How Healthie was read: every patient page ('scan'), keyword searches ('lookup'), or not at all ('none': no member to match). */
  strategy: MatchStrategy | 'none';
  /** Healthie requests this run used (retries included). */
  requests: number;
  patientsRead: number;
  membersConsidered: number;
  matches: Match<MemberSummary, HealthiePatient>[];
  ambiguous: AmbiguousMatch<MemberSummary, HealthiePatient>[];
  /** Links whose patient Healthie no longer has. */
  flaggedLinks: MatchPair[];
}

/** Find Matching Records for a workspace, through its Healthie connection. */
export async function findMemberMatches(ctx: IntegrationContext, workspace: Workspace): Promise<MemberMatches> {
  const { client } = await clientForWorkspace(ctx, workspace.id);
  return matchMembersWithHealthie(ctx.database.db, client, { workspaceId: workspace.id, phoneRegion: phoneRegionOf(workspace) });
}

/**
 * Reads Healthie the cheaper way for this workspace, matches as patients arrive, and flags links
 * whose patient is gone. The first patient page tells how many patients there are, which decides
 * between reading on (scan) and keyword searches (lookup); the members load meanwhile.
 */
export async function matchMembersWithHealthie(
  db: Db,
  client: HealthieClient,
  input: { workspaceId: string; phoneRegion: string },
): Promise<MemberMatches> {
  const requestsBefore = client.requests;
  const work = await matchWorkload(db, input.workspaceId);
  const loaded = Promise.all([membersToMatch(db, input.workspaceId), linkedPatients(db, input.workspaceId), rejectionsOf(db, input.workspaceId)]).then(
    ([members, linked, rejected]) => ({ members, linked, matcher: new MemberMatcher<MemberToMatch, HealthiePatient>(members, { phoneRegion: input.phoneRegion, linked, rejected }) }),
  );
  loaded.catch(() => undefined);

  let strategy: MemberMatches['strategy'] = 'none';
  let patientsRead = 0;
  // Linked patients a scan showed; without a scan every link is checked by id.
  let seenLinks: Set<string> | null = null;
  if (work.lookups > 0) {
    let total = 0;
    const pages = client.patientPages({ orderBy: 'LAST_NAME_ASC', onTotal: (count) => (total = count) });
    const first = await pages.next();
    const firstPage = first.done ? [] : first.value;
    strategy = chooseStrategy({
      patients: total,
      patientPageSize: healthiePageSizes.patients,
      pagesRead: 1,
      lookups: work.lookups,
      links: work.links,
      idPageSize: healthiePageSizes.patientIds,
    }).strategy;
    if (strategy === 'scan') {
      const seen = new Set<string>();
      seenLinks = seen;
      const consumer = loaded.then(({ matcher, linked }) => (page: HealthiePatient[]) => {
        patientsRead += page.length;
        matcher.add(page);
        for (const patient of page) if (linked.has(patient.id)) seen.add(patient.id);
      });
      await consumeWhenReady(
        (async function* () {
          yield firstPage;
          yield* pages;
        })(),
        consumer,
      );
    } else {
      await pages.return(undefined);
      const { matcher, members } = await loaded;
      matcher.add(firstPage);
      patientsRead = firstPage.length + (await lookUpPatients(client, matcher, members));
    }
  }

  const { members, linked, matcher } = await loaded;
  const missing = await missingPatients(
    client,
    [...linked.keys()].filter((patientId) => !seenLinks?.has(patientId)),
  );
  const flaggedLinks = await db.transaction((tx) =>
    replaceLinkFlags(
      tx,
      input.workspaceId,
      missing.map((patientId) => ({ memberId: linked.get(patientId)!, patientId })),
    ),
  );
  const outcome = matcher.outcome();
  return {
    strategy,
    requests: client.requests - requestsBefore,
    patientsRead,
    membersConsidered: members.length,
    matches: outcome.matches.map((match) => ({ ...match, member: summary(match.member) })),
    ambiguous: outcome.ambiguous.map((entry) => ({ ...entry, member: summary(entry.member) })),
    flaggedLinks,
  };
}

const summary = ({ emailKey: _emailKey, ...member }: MemberToMatch): MemberSummary => member;
