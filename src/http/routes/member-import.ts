import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../platform/errors.ts';
import { recordAudit } from '../../workspace/audit.ts';
import { importMembers, readCsvRows } from '../../workspace/member-import.ts';
import { phoneRegionOf } from '../../workspace/workspaces.ts';
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
        body: z.union([z.array(z.unknown()), z.string()]),
      },
    },
    async (request) => {
      const rows = typeof request.body === 'string' ? readCsvRows(request.body) : request.body;
      if (!Array.isArray(rows)) throw badRequest('Send a JSON array or a CSV');
      const workspaceId = request.workspace.id;
      return db.transaction(async (tx) => {
        const result = await importMembers(tx, workspaceId, rows, phoneRegionOf(request.workspace));
        await recordAudit(tx, {
          workspaceId,
          actor: request.actor,
          action: 'members.imported',
          details: { created: result.created, updated: result.updated, errors: result.errors.length },
        });
        return result;
      });
    },
  );
};
