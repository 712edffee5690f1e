import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createMcpServer } from '../../mcp/mcp-server.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { featureDisabled, getWorkspace, hasFeature } from '../../workspace/workspaces.ts';

/** Calls one API key may make to the assistant's tools per minute, across every process. */
export const MCP_CALLS_PER_MINUTE = 120;

/**
 * The assistant's tools over MCP Streamable HTTP, stateless (any process answers any request),
 * answered as JSON. Only a workspace API key may call, of a workspace with AI assistants on, and
 * only as far as its scopes go.
 */
export const mcpRoutes: FastifyPluginAsync = async (app) => {
  const { ctx } = app;
  const perKey = app.createRateLimit({
    max: MCP_CALLS_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request) => `mcp:${request.principal?.kind === 'api_key' ? request.principal.keyId : 'none'}`,
  });

  const callerOf = async (request: FastifyRequest) => {
    const principal = request.principal;
    if (principal?.kind !== 'api_key') throw forbidden('The assistant tools take a workspace API key (Authorization: Bearer gr_...)');
    if (!principal.scopes) throw forbidden("This API key's owner has left the workspace");
    if (!hasFeature(await getWorkspace(ctx.database.db, principal.workspaceId), 'ai_assistants')) throw featureDisabled('ai_assistants');
    return { workspaceId: principal.workspaceId, actor: request.actor, scopes: principal.scopes };
  };

  const limited = async (request: FastifyRequest, reply: FastifyReply) => {
    const hit = await perKey(request);
    if (!hit.isAllowed && hit.isExceeded) {
      reply.header('retry-after', String(hit.ttlInSeconds));
      throw new AppError(429, 'rate_limited', `Too many assistant calls for this API key: try again in ${hit.ttlInSeconds} s`);
    }
  };

  app.post('/api/mcp', { preHandler: limited, schema: { hide: true } }, async (request, reply) => {
    const caller = await callerOf(request);
    const server = createMcpServer(ctx, caller);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    reply.raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    reply.hijack();
    await transport.handleRequest(request.raw, reply.raw, request.body);
  });

  // Stateless: no stream to open and no session to end.
  for (const method of ['GET', 'DELETE'] as const) {
    app.route({
      method,
      url: '/api/mcp',
      schema: { hide: true },
      handler: async (request, reply) => {
        await callerOf(request);
        return reply.status(405).header('allow', 'POST').send({ error: { code: 'method_not_allowed', message: 'The assistant tools answer POST only (stateless Streamable HTTP)' } });
      },
    });
  }
};
