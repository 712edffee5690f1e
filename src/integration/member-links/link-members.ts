import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { memberLinkBatches, members } from '../../db/schema.ts';
import type { HealthieClient } from '../../healthie/client.ts';
import { chunks } from '../../platform/chunks.ts';
import { recordAudits, type Actor } from '../../workspace/audit.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { inactivePatients } from './link-check.ts';
import { clearLinkFlags } from './link-flags.ts';
import { matchPairSchema, pairKey, type MatchPair } from './match-pair.ts';
import { forgetRejections } from '../matching/match-rejections.ts';
import { linksTouching, writeLinks } from './patient-link-store.ts';

/** The most links one request may ask for (Link All of a very large match sends several). */
export const MAX_LINKS_PER_REQUEST = 10_000;

/** Link (one pair) or Link All (several): what the request names. */
export const linkRequestSchema = z.array(matchPairSchema).min(1, 'send at least one {memberId, patientId}').max(MAX_LINKS_PER_REQUEST);

export type LinkStatus = 'linked' | 'already_linked' | 'conflict' | 'not_found';
export type LinkCode =
  | 'linked'
  | 'already_linked'
  | 'patient_already_linked'
  | 'member_already_linked'
  | 'member_not_found'
  | 'patient_not_found'
  | 'patient_archived';

export interface LinkResult extends MatchPair {
  status: LinkStatus;
  code: LinkCode;
  message: string;
}

const outcomes: Record<LinkCode, [LinkStatus, (patientId: string) => string]> = {
  linked: ['linked', () => 'Linked'],
  already_linked: ['already_linked', () => 'Already linked to this patient; nothing changed'],
  patient_already_linked: ['conflict', (patientId) => `Healthie patient ${patientId} is already linked to another member`],
  member_already_linked: ['conflict', () => 'This member is already linked to another Healthie patient; unlink it first'],
  member_not_found: ['not_found', () => 'Member not found'],
  patient_not_found: ['not_found', (patientId) => `Healthie patient ${patientId} was not found in Healthie`],
  patient_archived: ['not_found', (patientId) => `Healthie patient ${patientId} is archived in Healthie; restore them there to link`],
};

/** What Link says of this outcome for this patient, in words; the member page's manual link says the same. */
export const linkMessage = (code: LinkCode, patientId: string): string => outcomes[code][1](patientId);

const result = (pair: MatchPair, code: LinkCode): LinkResult => {
  const [status, message] = outcomes[code];
  return { memberId: pair.memberId, patientId: pair.patientId, status, code, message: message(pair.patientId) };
};

export interface LinkOutcome {
  results: LinkResult[];
  /** The Link All batch its Undo takes back; null for a single Link or when nothing was linked. */
  batchId: string | null;
}

export async function linkMembersToPatients(
  ctx: IntegrationContext,
  input: { workspaceId: string; actor: Actor; links: MatchPair[] },
): Promise<LinkOutcome> {
  const { client } = await clientForWorkspace(ctx, input.workspaceId);
  const outcome = await linkMembers(ctx.database.db, client, input);
  // A single Link that could not be made is its error (Link All answers item by item).
  const [only] = outcome.results;
  if (outcome.results.length === 1 && only && (only.status === 'conflict' || only.status === 'not_found')) {
    throw new AppError(only.status === 'conflict' ? 409 : 404, only.code, only.message);
  }
  return outcome;
}

/**
 * Link and Link All: sets each member's healthie:patient_id, in request order, and says per item
 * what happened. Linking again what is linked changes nothing; a patient linked to another member
 * (or a member linked to another patient) is a conflict; unknown members and patients Healthie does
 * not have are not found. Every link made attaches the patient's synced events and is audited.
 */
export async function linkMembers(
  db: Db,
  client: HealthieClient,
  input: { workspaceId: string; actor: Actor; links: MatchPair[] },
): Promise<LinkOutcome> {
  const { workspaceId } = input;
  const state = await linkState(db, workspaceId, input.links);
  const newPatients = input.links.filter((l) => state.known.has(l.memberId) && !state.memberOf.has(l.patientId)).map((l) => l.patientId);
  const inactive = await inactivePatients(client, newPatients);
  const results = decideLinks(input.links, state, { missing: new Set(inactive.missing), archived: new Set(inactive.archived) });

  const toLink = results.filter((r) => r.status === 'linked');
  if (toLink.length === 0) return { results, batchId: null };
  const { written, batchId } = await db.transaction(async (tx) => {
    const linked = await writeLinks(tx, workspaceId, toLink);
    await forgetRejections(tx, workspaceId, linked);
    await clearLinkFlags(
      tx,
      linked.map((pair) => pair.memberId),
    );
    await recordAudits(
      tx,
      linked.map((pair) => ({
        workspaceId,
        actor: input.actor,
        action: 'healthie.member.linked',
        target: { type: 'member', id: pair.memberId },
        details: { patientId: pair.patientId, bulk: input.links.length > 1 },
      })),
    );
    const [batch] =
      input.links.length > 1 && linked.length > 0
        ? await tx.insert(memberLinkBatches).values({ workspaceId, pairs: linked }).returning({ id: memberLinkBatches.id })
        : [];
    return { written: new Set(linked.map(pairKey)), batchId: batch?.id ?? null };
  });
  // Another request linked the same member or patient between our reads and our write.
  return { results: results.map((r) => (r.status === 'linked' && !written.has(pairKey(r)) ? result(r, 'patient_already_linked') : r)), batchId };
}

interface LinkState {
  /** Members of the workspace among those asked for. */
  known: Set<string>;
  /** member id -> patient id, and back, for the links touching the members or patients asked for. */
  patientOf: Map<string, string>;
  memberOf: Map<string, string>;
}

async function linkState(db: Db, workspaceId: string, links: MatchPair[]): Promise<LinkState> {
  const state: LinkState = { known: new Set(), patientOf: new Map(), memberOf: new Map() };
  const memberIds = [...new Set(links.map((l) => l.memberId))];
  const patientIds = [...new Set(links.map((l) => l.patientId))];
  for (const ids of chunks(memberIds, 1_000)) {
    const rows = await db.select({ id: members.id }).from(members).where(and(eq(members.workspaceId, workspaceId), inArray(members.id, ids)));
    for (const row of rows) state.known.add(row.id);
  }
  for (const link of await linksTouching(db, workspaceId, { memberIds, patientIds })) {
    state.patientOf.set(link.memberId, link.patientId);
    state.memberOf.set(link.patientId, link.memberId);
  }
  return state;
}

/** Each item in request order; an item sees the links the items before it make. */
function decideLinks(links: MatchPair[], state: LinkState, inactive: { missing: Set<string>; archived: Set<string> }): LinkResult[] {
  const decide = (pair: MatchPair): LinkCode => {
    if (!state.known.has(pair.memberId)) return 'member_not_found';
    const current = state.patientOf.get(pair.memberId);
    if (current === pair.patientId) return 'already_linked';
    if (current !== undefined) return 'member_already_linked';
    if (state.memberOf.has(pair.patientId)) return 'patient_already_linked';
    if (inactive.missing.has(pair.patientId)) return 'patient_not_found';
    return inactive.archived.has(pair.patientId) ? 'patient_archived' : 'linked';
  };
  return links.map((pair) => {
    const code = decide(pair);
    if (code === 'linked') {
      state.patientOf.set(pair.memberId, pair.patientId);
      state.memberOf.set(pair.patientId, pair.memberId);
    }
    return result(pair, code);
  });
}
