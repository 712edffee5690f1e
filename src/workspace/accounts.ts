import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { accounts, roles, teamMembers } from '../db/schema.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { hashPassword } from '../platform/secrets.ts';
import { MANAGER_ROLE } from './workspaces.ts';
import type { Scope } from './scopes.ts';

export type Account = typeof accounts.$inferSelect;

export async function createAccount(
  tx: Tx,
  input: { email: string; name: string; password?: string },
): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  if (existing) throw conflict('An account with that email already exists');
  const [account] = await tx
    .insert(accounts)
    .values({ email, name: input.name, passwordHash: input.password ? await hashPassword(input.password) : null })
    .returning();
  return account!;
}

export async function findAccountByEmail(tx: Tx, email: string): Promise<Account | undefined> {
  const [account] = await tx.select().from(accounts).where(eq(accounts.email, email.trim().toLowerCase()));
  return account;
}

/**
 * Adds an account to a workspace. With no scopes it gets the Manager role; with scopes, a custom
 * role holding exactly those scopes is found or created.
 */
export async function addToWorkspace(
  tx: Tx,
  input: { workspaceId: string; accountId: string; scopes?: Scope[]; roleName?: string },
): Promise<{ roleId: string }> {
  const roleId = input.scopes
    ? await customRole(tx, input.workspaceId, input.scopes, input.roleName)
    : await managerRole(tx, input.workspaceId);
  await tx
    .insert(teamMembers)
    .values({ workspaceId: input.workspaceId, accountId: input.accountId, roleId })
    .onConflictDoUpdate({ target: [teamMembers.workspaceId, teamMembers.accountId], set: { roleId } });
  return { roleId };
}

async function managerRole(tx: Tx, workspaceId: string): Promise<string> {
  const [role] = await tx
    .select({ id: roles.id })
    .from(roles)
    .where(and(eq(roles.workspaceId, workspaceId), eq(roles.name, MANAGER_ROLE)));
  if (!role) throw notFound('Manager role');
  return role.id;
}

async function customRole(tx: Tx, workspaceId: string, scopes: Scope[], name?: string): Promise<string> {
  const sorted = [...new Set(scopes)].sort();
  const roleName = name ?? `Custom: ${sorted.join(' ')}`;
  const [role] = await tx
    .insert(roles)
    .values({ workspaceId, name: roleName, scopes: sorted })
    .onConflictDoUpdate({ target: [roles.workspaceId, roles.name], set: { scopes: sorted } })
    .returning({ id: roles.id });
  return role!.id;
}
