import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importBodySchema, importMemberRows } from '../../workspace/member-import.ts';
import { workspaceParams } from '../schemas.ts';
import { importAnswer } from '../responses/members.ts';

export const memberImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.post(
    '/api/v1/workspaces/:ws/members/import',
    {
      config: { scope: 'members:write' },
      bodyLimit: 8 * 1024 * 1024,
      schema: { response: { 200: importAnswer },
        tags: ['members'],
        description: 'A JSON array of members, or a CSV (text/csv) whose first line names the columns.',
        params: workspaceParams,
        body: importBodySchema,
      },
    },
    async (request) => importMemberRows(db, { workspace: request.workspace, actor: request.actor, body: request.body }),
  );
};
