import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { switchApiVersion } from '../../integration/connection/api-version/switch-version.ts';
import { checkApiVersion, versionCheckInput } from '../../integration/connection/api-version/version-check.ts';
import { connectHealthie } from '../../integration/connection/connect.ts';
import { connectionSettingsInput, updateConnectionSettings } from '../../integration/connection/connection-settings.ts';
import { disconnectHealthie } from '../../integration/connection/disconnect.ts';
import { checkConnection } from '../../integration/connection/health-check.ts';
import { connectionDto, connectionStatusDto, findConnection } from '../../integration/connection/healthie-connection.ts';
import { notFound } from '../../platform/errors.ts';
import { workspaceParams } from '../schemas.ts';
import { connectionAnswer, connectionStatusAnswer, disconnectAnswer, operationCheckAnswer } from '../responses/healthie.ts';

const path = '/api/v1/workspaces/:ws/connections/healthie';

export const healthieConnectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    path,
    {
      config: { scope: 'integrations:read', feature: 'ehr_healthie' },
      schema: { response: { 200: connectionAnswer }, tags: ['healthie'], description: 'The connection in detail (Base URL, the Healthie user, warnings; never the key).', params: workspaceParams },
    },
    async (request) => {
      const connection = await findConnection(ctx.database.db, request.workspace.id);
      if (!connection) throw notFound('Healthie connection');
      return connectionDto(connection);
    },
  );

  app.get(
    `${path}/status`,
    {
      config: { feature: 'ehr_healthie' },
      schema: { response: { 200: connectionStatusAnswer }, tags: ['healthie'], description: "The connection's status, for everyone in the workspace: installed, Connected or Error and why.", params: workspaceParams },
    },
    async (request) => connectionStatusDto(await findConnection(ctx.database.db, request.workspace.id)),
  );

  app.put(
    path,
    {
      config: { scope: 'integrations:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: connectionAnswer },
        tags: ['healthie'],
        description: 'Tests the API key against Healthie, then saves it encrypted. A failure saves nothing.',
        params: workspaceParams,
        body: z.object({
          apiKey: z.string().trim().min(8, 'apiKey is too short to be a Healthie API key').max(512),
          baseUrl: z.string().trim().max(500).nullish(),
          authorizationShard: z
            .string()
            .trim()
            .max(100)
            .regex(/^[\w.-]*$/, 'authorizationShard is the shard name Healthie gave you')
            .transform((v) => v || null)
            .nullish(),
        }),
      },
    },
    async (request) => {
      const connection = await connectHealthie(ctx, {
        workspaceId: request.workspace.id,
        apiKey: request.body.apiKey,
        baseUrl: request.body.baseUrl ?? null,
        authorizationShard: request.body.authorizationShard ?? null,
        actor: request.actor,
      });
      return connectionDto(connection);
    },
  );

  app.patch(
    path,
    {
      config: { scope: 'integrations:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: connectionAnswer },
        tags: ['healthie'],
        description: 'Connection settings that need no new key: whether the API version is upgraded automatically near its sunset.',
        params: workspaceParams,
        body: connectionSettingsInput,
      },
    },
    async (request) => connectionDto(await updateConnectionSettings(ctx.database.db, { workspaceId: request.workspace.id, actor: request.actor, ...request.body })),
  );

  app.post(
    `${path}/version-check`,
    {
      config: { scope: 'integrations:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(operationCheckAnswer) },
        tags: ['healthie'],
        description: 'Validates every operation the product sends at an API version, with the connection\'s key, reading and changing nothing.',
        params: workspaceParams,
        body: versionCheckInput,
      },
    },
    async (request) => checkApiVersion(ctx, { workspaceId: request.workspace.id, version: request.body.version }),
  );

  app.put(
    `${path}/version`,
    {
      config: { scope: 'integrations:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: connectionAnswer },
        tags: ['healthie'],
        description: 'Switches the connection to an API version, only when every operation validates there (422 naming those that do not).',
        params: workspaceParams,
        body: versionCheckInput,
      },
    },
    async (request) => {
      const { connection } = await switchApiVersion(ctx, { workspaceId: request.workspace.id, version: request.body.version, actor: request.actor });
      return connectionDto(connection);
    },
  );

  app.post(
    `${path}/check`,
    { config: { scope: 'integrations:admin', feature: 'ehr_healthie' }, schema: { response: { 200: connectionAnswer }, tags: ['healthie'], description: 'Runs the health check now.', params: workspaceParams } },
    async (request) => {
      return connectionDto(await checkConnection(ctx, request.workspace.id));
    },
  );

  app.delete(
    path,
    {
      config: { scope: 'integrations:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: disconnectAnswer },
        tags: ['healthie'],
        description: 'Removes the connection and its key; linked calendars revert to internal and keep their events.',
        params: workspaceParams,
        querystring: z.object({ clearMemberLinks: z.enum(['true', 'false']).default('false') }),
      },
    },
    async (request) =>
      disconnectHealthie(ctx, {
        workspaceId: request.workspace.id,
        actor: request.actor,
        clearMemberLinks: request.query.clearMemberLinks === 'true',
      }),
  );
};
