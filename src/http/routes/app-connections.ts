import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { connectionStatusDto, findConnection } from '../../integration/connection/healthie-connection.ts';
import { hasFeature } from '../../workspace/workspaces.ts';
import { workspaceParams } from '../schemas.ts';
import { appConnectionAnswer } from '../responses/healthie.ts';

export const appConnectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/app-connections',
    {
      schema: { response: { 200: z.array(appConnectionAnswer) },
        tags: ['app connections'],
        description: 'The directory of integrations this workspace can add; Healthie only with the ehr_healthie feature.',
        params: workspaceParams,
      },
    },
    async (request) => {
      if (!hasFeature(request.workspace, 'ehr_healthie')) return [];
      const connection = await findConnection(db, request.workspace.id);
      return [
        {
          key: 'healthie',
          name: 'Healthie',
          description: 'Sync appointments, patients, and providers between your workspace and Healthie EHR.',
          ...(({ installed, status }) => ({ installed, status }))(connectionStatusDto(connection)),
        },
      ];
    },
  );
};
