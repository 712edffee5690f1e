import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAppointmentTypes } from '../../integration/directory/appointment-types.ts';
import { listProviders } from '../../integration/directory/providers.ts';
import { workspaceParams } from '../schemas.ts';
import { appointmentTypeAnswer, providerAnswer } from '../responses/healthie.ts';

export const healthieDirectoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/v1/workspaces/:ws/healthie/providers',
    {
      config: { scope: 'calendars:read', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(providerAnswer) }, tags: ['healthie'], description: "The Healthie organization's providers, fresh from Healthie.", params: workspaceParams },
    },
    async (request) => {
      return listProviders(ctx, request.workspace.id);
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/healthie/appointment-types',
    {
      config: { scope: 'calendars:read', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(appointmentTypeAnswer) },
        tags: ['healthie'],
        params: workspaceParams,
        querystring: z.object({ providerId: z.string().regex(/^[\w-]{1,64}$/, 'providerId is a Healthie user id').optional() }),
      },
    },
    async (request) => {
      return listAppointmentTypes(ctx, request.workspace.id, request.query.providerId);
    },
  );
};
