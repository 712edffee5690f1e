import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, desc, eq, lt } from 'drizzle-orm';
import { auditLog } from '../../db/schema.ts';
import { workspaceParams } from '../schemas.ts';
import { auditEntryAnswer } from '../responses/session.ts';

export const auditLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/audit-log',
    {
      config: { scope: 'workspace:admin' },
      schema: { response: { 200: z.array(auditEntryAnswer) },
        tags: ['workspaces'],
        description: 'Security-relevant actions, newest first; page with before=<id>.',
        params: workspaceParams,
        querystring: z.object({
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) =>
      db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.workspaceId, request.workspace.id),
            request.query.before ? lt(auditLog.id, request.query.before) : undefined,
          ),
        )
        .orderBy(desc(auditLog.id))
        .limit(request.query.limit),
  );
};
