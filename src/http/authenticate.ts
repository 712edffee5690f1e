import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../db/schema.ts';
import { forbidden, notFound, unauthorized } from '../platform/errors.ts';
import { findActiveApiKey } from '../workspace/api-keys.ts';
import { findSession } from '../workspace/sessions.ts';
import { grantedKeyScopes, hasScope } from '../workspace/scopes.ts';
import { accountScopesIn, featureDisabled, getWorkspace, hasFeature } from '../workspace/workspaces.ts';
import type { Principal } from './context.ts';

export const SESSION_COOKIE = 'hc_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LAST_USED_PRECISION_MS = 60_000;

/**
 * Every non-public route: who is calling (bearer token or session cookie), whether they belong to
 * the `:ws` workspace (404 if not, so other workspaces' ids reveal nothing), whether they hold the
 * route's scope (403 naming it) and whether the workspace has the route's feature (403).
 */
export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    // Decided by the matched route, never by the raw URL (which may be percent-encoded): every
    // registered route not marked public needs a caller. Unmatched URLs fall through to the 404.
    if (config?.public || request.routeOptions.url === undefined) return;
    const principal = await identify(app, request);
    if (!principal) throw unauthorized();
    request.principal = principal;
    request.actor =
      principal.kind === 'api_key' ? { type: 'api_key', id: principal.keyId } : { type: 'account', id: principal.accountId };
    const ws = (request.params as { ws?: string }).ws;
    if (ws === undefined) return;
    const scopes = await scopesIn(app, principal, ws);
    if (!scopes) throw notFound('Workspace');
    request.workspace = scopes.workspace;
    request.scopes = scopes.scopes;
    if (config.scope && !hasScope(scopes.scopes, config.scope)) {
      throw forbidden(`This needs the ${config.scope} scope`);
    }
    if (config.feature && !hasFeature(scopes.workspace, config.feature)) throw featureDisabled(config.feature);
  });
}

async function identify(app: FastifyInstance, request: FastifyRequest): Promise<Principal | null> {
  const { db } = app.ctx.database;
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorized('Authorization must be "Bearer <token>"');
    const key = await findActiveApiKey(db, match[1]!);
    if (!key) throw unauthorized('The API token is unknown, revoked or expired');
    // To the minute: a key polling or an assistant calling often writes once a minute, not once a request.
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
      await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, key.id));
    }
    // A key never holds more than its owner's role still grants; an owner who left takes it along.
    const ownerScopes = key.accountId ? await accountScopesIn(db, key.accountId, key.workspaceId) : key.scopes;
    const scopes = ownerScopes ? grantedKeyScopes(key.scopes, ownerScopes) : null;
    return { kind: 'api_key', keyId: key.id, workspaceId: key.workspaceId, accountId: key.accountId, scopes };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const found = await findSession(db, cookie);
  if (!found) throw unauthorized('Your session has ended; sign in again');
  if (!SAFE_METHODS.has(request.method) && !sameSecret(request.headers[CSRF_HEADER], found.session.csrfToken)) {
    throw forbidden(`Requests signed in by cookie must send the ${CSRF_HEADER} header from the session`);
  }
  return { kind: 'session', accountId: found.account.id, csrfToken: found.session.csrfToken, sessionToken: cookie };
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function scopesIn(app: FastifyInstance, principal: Principal, ws: string) {
  const { db } = app.ctx.database;
  let workspace;
  try {
    workspace = await getWorkspace(db, ws);
  } catch {
    return null;
  }
  if (principal.kind === 'api_key') {
    return principal.workspaceId === workspace.id && principal.scopes ? { workspace, scopes: principal.scopes } : null;
  }
  const scopes = await accountScopesIn(db, principal.accountId, workspace.id);
  return scopes ? { workspace, scopes } : null;
}
