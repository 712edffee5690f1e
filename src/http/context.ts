import type { Config } from '../config.ts';
import type { IntegrationContext } from '../integration/context.ts';
import type { Workspace } from '../workspace/workspaces.ts';
import type { Scope } from '../workspace/scopes.ts';
import type { Actor } from '../workspace/audit.ts';

/** Everything a route needs from the running process. */
export interface AppContext extends IntegrationContext {
  config: Pick<Config, 'sessionTtlHours'> & Partial<Pick<Config, 'trustProxy'>>;
}

export type Principal =
  | { kind: 'api_key'; keyId: string; workspaceId: string; accountId: string | null; scopes: string[] }
  | { kind: 'session'; accountId: string; csrfToken: string; sessionToken: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a route needs in the `:ws` workspace; routes without one only need a caller. */
    scope?: Scope;
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
