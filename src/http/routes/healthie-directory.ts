import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAppointmentTypesOperation, listProvidersOperation } from '../../operations/directory-operations.ts';
import { routeConfigOf, runOperation } from '../../operations/operation.ts';
import { callerOf } from '../context.ts';
import { workspaceParams } from '../schemas.ts';
import { appointmentTypeAnswer, providerAnswer } from '../responses/healthie.ts';

export const healthieDirectoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/api/v1/workspaces/:ws/healthie/providers',
    {
      config: routeConfigOf(listProvidersOperation),
      schema: { response: { 200: z.array(providerAnswer) }, tags: ['healthie'], description: "The Healthie organization's providers, fresh from Healthie.", params: workspaceParams },
    },
    async (request) => (await runOperation(ctx, callerOf(request), listProvidersOperation, {})).providers,
  );

  app.get(
    '/api/v1/workspaces/:ws/healthie/appointment-types',
    {
      config: routeConfigOf(listAppointmentTypesOperation),
      schema: { response: { 200: z.array(appointmentTypeAnswer) }, tags: ['healthie'], params: workspaceParams, querystring: listAppointmentTypesOperation.input },
    },
    async (request) => (await runOperation(ctx, callerOf(request), listAppointmentTypesOperation, request.query)).appointmentTypes,
  );
};
