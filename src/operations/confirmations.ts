import { createHash, randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { assistantConfirmations } from '../db/schema.ts';
import { conflict } from '../platform/errors.ts';
import type { Caller } from './operation.ts';

/** How long a summary's token can carry the write out. */
export const CONFIRMATION_TTL_MS = 10 * 60_000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Keeps what the first call asked for; answers the token that carries it out. */
export async function askConfirmation(db: Db, caller: Caller, tool: string, input: Record<string, unknown>): Promise<{ token: string; expiresAt: Date }> {
  const token = `confirm_${randomBytes(24).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + CONFIRMATION_TTL_MS);
  await db.insert(assistantConfirmations).values({ workspaceId: caller.workspaceId, actorId: caller.actor.id ?? '', tool, input, tokenHash: digest(token), expiresAt });
  return { token, expiresAt };
}

/**
 * Takes the token, once: it must be this caller's, for this tool and this very input, and in time.
 * Taken here, it cannot be taken again (by this process or another), even should the write then fail.
 */
export async function takeConfirmation(db: Db, caller: Caller, tool: string, token: string, input: Record<string, unknown>): Promise<void> {
  const [asked] = await db
    .select()
    .from(assistantConfirmations)
    .where(and(eq(assistantConfirmations.tokenHash, digest(token)), eq(assistantConfirmations.workspaceId, caller.workspaceId), eq(assistantConfirmations.actorId, caller.actor.id ?? '')));
  if (!asked || asked.tool !== tool) throw conflict('This confirmation token is unknown here: call again without one for a new summary', 'confirmation_unknown');
  if (asked.usedAt) throw conflict('This confirmation token was used already: call again without one for a new summary', 'confirmation_used');
  if (asked.expiresAt <= new Date()) throw conflict('This confirmation token has expired: call again without one for a new summary', 'confirmation_expired');
  if (!isDeepStrictEqual(asked.input, JSON.parse(JSON.stringify(input)))) throw conflict('The call differs from the one confirmed: call again without a token for a summary of this one', 'confirmation_mismatch');
  const taken = await db
    .update(assistantConfirmations)
    .set({ usedAt: sql`now()` })
    .where(and(eq(assistantConfirmations.id, asked.id), isNull(assistantConfirmations.usedAt), gt(assistantConfirmations.expiresAt, sql`now()`)))
    .returning({ id: assistantConfirmations.id });
  if (taken.length === 0) throw conflict('This confirmation token was used already: call again without one for a new summary', 'confirmation_used');
}
