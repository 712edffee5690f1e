import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { roles, teamMembers, workspaces } from '../db/schema.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import { allScopes } from './scopes.ts';
import { DEFAULT_PHONE_REGION } from './phone.ts';
import { slugify } from './slug.ts';

export const knownFeatures = ['ehr_healthie', 'ai_assistants', 'webhooks_realtime'] as const;
export type Feature = (typeof knownFeatures)[number];

export type Workspace = typeof workspaces.$inferSelect;

export const MANAGER_ROLE = 'Manager';

/** Creates a workspace with its default Manager role, which holds every scope. */
export async function createWorkspace(
  tx: Tx,
  input: { name: string; slug?: string; features?: string[] },
): Promise<Workspace> {
  const slug = input.slug ?? slugify(input.name);
  const [taken] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug));
  if (taken) throw conflict(`A workspace with slug "${slug}" already exists`);
  const [workspace] = await tx
    .insert(workspaces)
    .values({ name: input.name, slug, features: input.features ?? [] })
    .returning();
  await tx.insert(roles).values({ workspaceId: workspace!.id, name: MANAGER_ROLE, scopes: allScopes, isDefault: true });
  return workspace!;
}

export async function getWorkspace(tx: Tx, idOrSlug: string): Promise<Workspace> {
  const byId = /^[0-9a-f-]{36}$/i.test(idOrSlug);
  const [workspace] = await tx
    .select()
    .from(workspaces)
    .where(byId ? eq(workspaces.id, idOrSlug) : eq(workspaces.slug, idOrSlug));
  if (!workspace) throw notFound('Workspace');
  return workspace;
}

export async function setFeature(tx: Tx, workspaceId: string, feature: string, enabled: boolean): Promise<Workspace> {
  const expression = enabled
    ? sql`array(select distinct unnest(array_append(${workspaces.features}, ${feature})) order by 1)`
    : sql`array_remove(${workspaces.features}, ${feature})`;
  const [workspace] = await tx
    .update(workspaces)
    .set({ features: expression })
    .where(eq(workspaces.id, workspaceId))
    .returning();
  if (!workspace) throw notFound('Workspace');
  return workspace;
}

export function hasFeature(workspace: Pick<Workspace, 'features'>, feature: Feature): boolean {
  return workspace.features.includes(feature);
}

/** SQL: the workspace row has the feature (for jobs that go over every workspace). */
export const featureEnabled = (feature: Feature) => sql`${feature} = any(${workspaces.features})`;

const featureNames: Record<Feature, string> = { ehr_healthie: 'Healthie', ai_assistants: 'AI assistants', webhooks_realtime: 'Real-time webhooks' };

export const featureDisabled = (feature: Feature) =>
  new AppError(403, 'feature_disabled', `${featureNames[feature]} is not enabled for this workspace; contact your account team to turn on the ${feature} feature`);

/** The workspaces an account belongs to, with the scopes its role grants there. */
export async function listAccountWorkspaces(tx: Tx, accountId: string) {
  return tx
    .select({ workspace: workspaces, role: roles.name, scopes: roles.scopes })
    .from(teamMembers)
    .innerJoin(workspaces, eq(workspaces.id, teamMembers.workspaceId))
    .innerJoin(roles, eq(roles.id, teamMembers.roleId))
    .where(eq(teamMembers.accountId, accountId))
    .orderBy(workspaces.name);
}

export async function accountScopesIn(tx: Tx, accountId: string, workspaceId: string): Promise<string[] | null> {
  const [row] = await tx
    .select({ scopes: roles.scopes })
    .from(teamMembers)
    .innerJoin(roles, eq(roles.id, teamMembers.roleId))
    .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.workspaceId, workspaceId)));
  return row?.scopes ?? null;
}

export function phoneRegionOf(workspace: Pick<Workspace, 'settings'>): string {
  return workspace.settings.phoneRegion ?? DEFAULT_PHONE_REGION;
}
