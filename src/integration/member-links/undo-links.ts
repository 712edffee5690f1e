import type { Db } from '../../db/database.ts';
import { recordAudit, recordAudits, type Actor } from '../../workspace/audit.ts';
import { clearLinkFlags } from './link-flags.ts';
import type { MatchPair } from './match-pair.ts';
import { removeRecentLinks } from './patient-link-store.ts';

/** How long after Link All its links can be taken back in one action. */
export const UNDO_WINDOW_MS = 10 * 60_000;

export interface UndoResult {
  undone: MatchPair[];
  /** Links asked for that no longer stand as Link All made them, or are older than the window: left as they are. */
  kept: number;
}

/**
 * Undo of a Link All: the links it made (as its answer listed them) are removed in one transaction,
 * with their events detached, each unlink audited and the undo itself audited once.
 */
export async function undoLinks(db: Db, input: { workspaceId: string; actor: Actor; links: MatchPair[]; now?: Date }): Promise<UndoResult> {
  const { workspaceId, actor } = input;
  const since = new Date((input.now ?? new Date()).getTime() - UNDO_WINDOW_MS);
  return db.transaction(async (tx) => {
    const undone = await removeRecentLinks(tx, workspaceId, input.links, since);
    if (undone.length > 0) {
      await clearLinkFlags(tx, undone.map((pair) => pair.memberId));
      await recordAudits(
        tx,
        undone.map((pair) => ({
          workspaceId,
          actor,
          action: 'healthie.member.unlinked',
          target: { type: 'member', id: pair.memberId },
          details: { patientId: pair.patientId, source: 'link_all_undone' },
        })),
      );
      await recordAudit(tx, { workspaceId, actor, action: 'healthie.member_links.undone', details: { undone: undone.length, kept: input.links.length - undone.length } });
    }
    return { undone, kept: input.links.length - undone.length };
  });
}
