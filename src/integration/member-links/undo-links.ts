import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { memberLinkBatches } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit, recordAudits, type Actor } from '../../workspace/audit.ts';
import { clearLinkFlags } from './link-flags.ts';
import type { MatchPair } from './match-pair.ts';
import { removeBatchLinks } from './patient-link-store.ts';

/** How long after Link All its links can be taken back in one action. */
export const UNDO_WINDOW_MS = 10 * 60_000;

export interface UndoResult {
  undone: MatchPair[];
  /** Links of the batch that no longer stand as it made them (unlinked or linked again since): left as they are. */
  kept: number;
}

/**
 * Undo of a Link All: the links its batch made are removed in one transaction, with their events
 * detached, each unlink audited and the undo itself audited once. A batch is undone once.
 */
export async function undoLinkBatch(db: Db, input: { workspaceId: string; actor: Actor; batchId: string }): Promise<UndoResult> {
  const { workspaceId, actor, batchId } = input;
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .select({
        pairs: memberLinkBatches.pairs,
        undoneAt: memberLinkBatches.undoneAt,
        expired: sql<boolean>`${memberLinkBatches.createdAt} < now() - make_interval(secs => ${UNDO_WINDOW_MS / 1000})`,
      })
      .from(memberLinkBatches)
      .where(and(eq(memberLinkBatches.id, batchId), eq(memberLinkBatches.workspaceId, workspaceId)))
      .for('update');
    if (!batch) throw new AppError(404, 'link_batch_not_found', 'No such Link All in this workspace');
    if (batch.undoneAt) throw new AppError(409, 'link_batch_undone', 'This Link All was already undone');
    if (batch.expired) throw new AppError(409, 'undo_window_passed', 'Link All can be undone for 10 minutes; unlink members one by one instead');
    const undone = await removeBatchLinks(tx, workspaceId, batchId, batch.pairs);
    await tx.update(memberLinkBatches).set({ undoneAt: sql`now()` }).where(eq(memberLinkBatches.id, batchId));
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
    }
    const kept = batch.pairs.length - undone.length;
    await recordAudit(tx, { workspaceId, actor, action: 'healthie.member_links.undone', details: { batchId, undone: undone.length, kept } });
    return { undone, kept };
  });
}
