import type { Config } from '../config.ts';
import type { IntegrationContext } from '../integration/context.ts';
import type { Feature, Workspace } from '../workspace/workspaces.ts';
import type { Scope } from '../workspace/scopes.ts';
import type { Actor } from '../workspace/audit.ts';

/** Everything a route needs from the running process. */
export interface AppContext extends IntegrationContext {
  config: Pick<Config, 'sessionTtlHours'> & Partial<Pick<Config, 'trustProxy'>>;
}

export type Principal =
  /** `scopes`: what the key may do now (its own, as far as its owner's role still grants them); null once the owner left the workspace. */
  | { kind: 'api_key'; keyId: string; workspaceId: string; accountId: string | null; scopes: string[] | null }
  | { kind: 'session'; accountId: string; csrfToken: string; sessionToken: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a route needs in the `:ws` workspace; routes without one only need a caller. */
    scope?: Scope;
    /** The feature flag the `:ws` workspace must have for the route to exist there (e.g. ehr_healthie). */
    feature?: Feature;
    /** Open to anyone (health, sign-in, OpenAPI). */
    public?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The `:ws` workspace, once the caller is known to belong to it. */
    workspace: Workspace;
    /** The caller's scopes in that workspace. */
    scopes: string[];
    actor: Actor;
  }
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** The caller of a workspace route, as operations know callers. */
export const callerOf = (request: { workspace: Workspace; actor: Actor; scopes: string[] }) => ({ workspaceId: request.workspace.id, actor: request.actor, scopes: request.scopes });
