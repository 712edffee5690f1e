import { and, eq, gt } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { accounts, sessions } from '../db/schema.ts';
import { unauthorized } from '../platform/errors.ts';
import { hashPassword, hashToken, randomToken, verifyPassword } from '../platform/secrets.ts';
import { findAccountByEmail, type Account } from './accounts.ts';

const decoyHash = hashPassword(randomToken());

export interface SignedIn {
  token: string;
  csrfToken: string;
  account: Account;
  expiresAt: Date;
}

export async function signIn(
  tx: Tx,
  input: { email: string; password: string; ttlHours: number },
): Promise<SignedIn> {
  const account = await findAccountByEmail(tx, input.email);
  // An unknown email costs the same scrypt as a known one, so timing does not tell them apart.
  const ok = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash));
  if (!account?.passwordHash || !ok) throw unauthorized('Email or password is wrong');
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + input.ttlHours * 3_600_000);
  await tx.insert(sessions).values({ tokenHash: hashToken(token), accountId: account.id, csrfToken, expiresAt });
  return { token, csrfToken, account, expiresAt };
}

export async function findSession(tx: Tx, token: string) {
  const [row] = await tx
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
  return row;
}

export async function signOut(tx: Tx, token: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}
