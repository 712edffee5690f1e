import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { memberMatchProgress } from '../../db/schema.ts';
import type { Logger } from '../../platform/logger.ts';
import type { MatchStrategy } from './match-strategy.ts';

/** How far a Find Matching Records has got: patients read of those Healthie has, or searches done. */
export interface MatchProgress {
  phase: 'reading' | 'checking_links';
  strategy: MatchStrategy | null;
  patientsRead: number;
  patientsTotal: number | null;
  searchesDone: number;
  searchesTotal: number | null;
}

export type MatchProgressState = MatchProgress & {
  /** `interrupted`: the run stopped renewing its progress without finishing (its process died). */
  status: 'idle' | 'running' | 'finished' | 'failed' | 'interrupted';
  startedAt: Date | null;
  updatedAt: Date | null;
  finishedAt: Date | null;
};

/** Progress is written at most this often, so a run of a hundred thousand patients adds a handful of writes. */
const WRITE_EVERY_MS = 250;
/** A quiet run (Healthie answering slowly) still renews its row this often. */
const RENEW_EVERY_MS = 10_000;
const INTERRUPTED_AFTER_MS = 6 * RENEW_EVERY_MS;

export const startingProgress: MatchProgress = { phase: 'reading', strategy: null, patientsRead: 0, patientsTotal: null, searchesDone: 0, searchesTotal: null };

/**
 * Records one run's progress for its workspace. Writes are coalesced and never fail the run: a
 * lost progress write only makes the bar lag.
 */
export class MatchProgressRecorder {
  private latest: MatchProgress = startingProgress;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly renewal: NodeJS.Timeout;

  private constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly workspaceId: string,
    private readonly runId: string,
  ) {
    this.renewal = setInterval(() => this.write(), RENEW_EVERY_MS).unref();
  }

  static async start(db: Db, logger: Logger, workspaceId: string): Promise<MatchProgressRecorder> {
    const runId = randomUUID();
    // The database's clock, which the interrupted check compares with.
    const now = sql`now()`;
    const row = { runId, status: 'running' as const, ...startingProgress, startedAt: now, updatedAt: now, finishedAt: null };
    await db
      .insert(memberMatchProgress)
      .values({ workspaceId, ...row })
      .onConflictDoUpdate({ target: memberMatchProgress.workspaceId, set: row });
    return new MatchProgressRecorder(db, logger, workspaceId, runId);
  }

  readonly report = (progress: MatchProgress): void => {
    this.latest = progress;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.write();
    }, WRITE_EVERY_MS);
  };

  async finish(status: 'finished' | 'failed'): Promise<void> {
    clearInterval(this.renewal);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.write({ status });
    await this.writing;
  }

  private write(outcome: { status: 'finished' | 'failed' } | null = null): void {
    const values = { ...this.latest, ...(outcome ? { ...outcome, finishedAt: sql`now()` } : {}), updatedAt: sql`now()` };
    this.writing = this.writing.then(() =>
      this.db
        .update(memberMatchProgress)
        .set(values)
        .where(and(eq(memberMatchProgress.workspaceId, this.workspaceId), eq(memberMatchProgress.runId, this.runId)))
        .then(
          () => undefined,
          (error: unknown) => this.logger.warn({ err: { type: (error as Error).name }, workspaceId: this.workspaceId }, 'Find Matching Records progress not recorded'),
        ),
    );
  }
}

/** The workspace's latest Find Matching Records, as far as it has got; `idle` when none ran yet. */
export async function matchProgressOf(db: Db, workspaceId: string): Promise<MatchProgressState> {
  const [row] = await db
    .select({
      row: memberMatchProgress,
      quiet: sql<boolean>`${memberMatchProgress.updatedAt} < now() - make_interval(secs => ${INTERRUPTED_AFTER_MS / 1000})`,
    })
    .from(memberMatchProgress)
    .where(eq(memberMatchProgress.workspaceId, workspaceId));
  if (!row) return { status: 'idle', ...startingProgress, startedAt: null, updatedAt: null, finishedAt: null };
  const { workspaceId: _workspaceId, runId: _runId, ...state } = row.row;
  return { ...state, status: state.status === 'running' && row.quiet ? 'interrupted' : state.status };
}
