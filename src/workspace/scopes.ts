import { z } from 'zod';

export const scopeResources = ['workspace', 'integrations', 'members', 'calendars'] as const;
export const scopeLevels = ['read', 'write', 'admin'] as const;

export type ScopeResource = (typeof scopeResources)[number];
export type ScopeLevel = (typeof scopeLevels)[number];
export type Scope = `${ScopeResource}:${ScopeLevel}`;

export const allScopes: Scope[] = scopeResources.flatMap((r) => scopeLevels.map((l) => `${r}:${l}` as Scope));

export const scopeSchema = z.custom<Scope>(
  (v) => typeof v === 'string' && (allScopes as string[]).includes(v),
  { message: `a scope is one of ${allScopes.join(', ')}` },
);

const rank: Record<ScopeLevel, number> = { read: 0, write: 1, admin: 2 };

/** admin includes write, which includes read. */
export function hasScope(granted: readonly string[], needed: Scope): boolean {
  const [resource, level] = needed.split(':') as [ScopeResource, ScopeLevel];
  return granted.some((g) => {
    const [r, l] = g.split(':');
    return r === resource && l !== undefined && l in rank && rank[l as ScopeLevel] >= rank[level];
  });
}

export function parseScopes(list: string): Scope[] {
  const scopes = list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => s.trim());
  const unknown = scopes.filter((s) => !(allScopes as string[]).includes(s));
  if (unknown.length > 0) throw new Error(`Unknown scope ${unknown.join(', ')}; known: ${allScopes.join(', ')}`);
  return scopes as Scope[];
}

/**
 * What an API key may do: its scopes as far as its owner's role still grants them, level by level
 * (a key with members:admin held by a members:read owner reads members; one with members:read held
 * by a members:admin owner reads them too).
 */
export function grantedKeyScopes(keyScopes: readonly string[], ownerScopes: readonly string[]): Scope[] {
  const granted = new Set<Scope>();
  for (const scope of keyScopes) {
    if (!(allScopes as string[]).includes(scope)) continue;
    const [resource, level] = scope.split(':') as [ScopeResource, ScopeLevel];
    const allowed = [...scopeLevels].reverse().find((l) => rank[l] <= rank[level] && hasScope(ownerScopes, `${resource}:${l}`));
    if (allowed) granted.add(`${resource}:${allowed}`);
  }
  return [...granted].sort();
}
