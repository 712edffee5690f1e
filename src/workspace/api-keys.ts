import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { apiKeys } from '../db/schema.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { hashToken, randomToken } from '../platform/secrets.ts';
import type { Scope } from './scopes.ts';

export const API_KEY_PREFIX = 'gr_';
const DAY_MS = 86_400_000;

export type ApiKey = typeof apiKeys.$inferSelect;

export interface IssuedApiKey {
  /** Shown once; only its hash is stored. */
  token: string;
  key: Omit<ApiKey, 'tokenHash'>;
}

export async function issueApiKey(
  tx: Tx,
  input: {
    workspaceId: string;
    accountId?: string | null;
    name: string;
    scopes: Scope[];
    expiresInDays?: number;
    /** A chosen token (BOOTSTRAP_ADMIN_TOKEN); otherwise one is generated. */
    token?: string;
  },
): Promise<IssuedApiKey> {
  const days = input.expiresInDays ?? 90;
  if (!Number.isInteger(days) || days < 1 || days > 365) throw badRequest('expiresInDays must be 1 to 365');
  if (input.scopes.length === 0) throw badRequest('An API key needs at least one scope');
  const token = input.token ?? randomToken(API_KEY_PREFIX);
  if (!token.startsWith(API_KEY_PREFIX)) throw badRequest(`API tokens start with ${API_KEY_PREFIX}`);
  const [row] = await tx
    .insert(apiKeys)
    .values({
      workspaceId: input.workspaceId,
      accountId: input.accountId ?? null,
      name: input.name,
      tokenPrefix: token.slice(0, 7),
      tokenHash: hashToken(token),
      scopes: [...new Set(input.scopes)].sort(),
      expiresAt: new Date(Date.now() + days * DAY_MS),
    })
    .returning();
  const { tokenHash: _hash, ...key } = row!;
  return { token, key };
}

export async function revokeApiKey(tx: Tx, input: { workspaceId?: string; keyId: string }): Promise<void> {
  const conditions = [eq(apiKeys.id, input.keyId), isNull(apiKeys.revokedAt)];
  if (input.workspaceId) conditions.push(eq(apiKeys.workspaceId, input.workspaceId));
  const revoked = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(...conditions))
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw notFound('Active API key');
}

/** The live key a token belongs to: not revoked, not expired. */
export async function findActiveApiKey(tx: Tx, token: string): Promise<ApiKey | undefined> {
  if (!token.startsWith(API_KEY_PREFIX)) return undefined;
  const [key] = await tx
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tokenHash, hashToken(token)), isNull(apiKeys.revokedAt), gt(apiKeys.expiresAt, new Date())));
  return key;
}
