import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signIn, signOut } from '../../workspace/sessions.ts';
import { listAccountWorkspaces } from '../../workspace/workspaces.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { signInLimits } from '../sign-in-limits.ts';
import { accounts } from '../../db/schema.ts';
import { eq } from 'drizzle-orm';
import { noContent } from '../responses/common.ts';
import { sessionAnswer, signInAnswer } from '../responses/session.ts';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;
  const limits = signInLimits(app);

  app.post(
    '/api/v1/session',
    {
      config: { public: true },
      schema: { response: { 200: signInAnswer },
        tags: ['session'],
        body: z.object({ email: z.string().trim().max(320), password: z.string().min(1).max(500) }),
      },
      preHandler: limits.check,
    },
    async (request, reply) => {
      const session = await signIn(db, { ...request.body, ttlHours: app.ctx.config.sessionTtlHours });
      await limits.forgetAccount(request.body.email);
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        expires: session.expiresAt,
      });
      return {
        account: { id: session.account.id, email: session.account.email, name: session.account.name },
        csrfToken: session.csrfToken,
      };
    },
  );

  app.get('/api/v1/session', { schema: { response: { 200: sessionAnswer }, tags: ['session'] } }, async (request) => {
    const principal = request.principal!;
    if (principal.kind !== 'session') return { kind: 'api_key' as const, workspaceId: principal.workspaceId, scopes: principal.scopes ?? [] };
    const [account] = await db.select().from(accounts).where(eq(accounts.id, principal.accountId));
    const workspaces = await listAccountWorkspaces(db, principal.accountId);
    return {
      kind: 'session' as const,
      account: { id: account!.id, email: account!.email, name: account!.name },
      csrfToken: principal.csrfToken,
      workspaces: workspaces.map((w) => ({ id: w.workspace.id, name: w.workspace.name, slug: w.workspace.slug, role: w.role, scopes: w.scopes })),
    };
  });

  app.delete('/api/v1/session', { schema: { response: { 204: noContent }, tags: ['session'] } }, async (request, reply) => {
    const principal = request.principal!;
    if (principal.kind === 'session') await signOut(db, principal.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
};
