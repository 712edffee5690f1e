import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getWorkspace, listAccountWorkspaces, type Workspace } from '../../workspace/workspaces.ts';
import { workspaceParams } from '../schemas.ts';
import { workspaceAnswer } from '../responses/session.ts';

const workspaceDto = (workspace: Workspace, scopes: string[]) => ({
  id: workspace.id,
  name: workspace.name,
  slug: workspace.slug,
  features: workspace.features,
  scopes,
});

export const workspaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get('/api/v1/workspaces', { schema: { response: { 200: z.array(workspaceAnswer) }, tags: ['workspaces'] } }, async (request) => {
    const principal = request.principal!;
    if (principal.kind === 'api_key') {
      if (!principal.scopes) return [];
      return [workspaceDto(await getWorkspace(db, principal.workspaceId), principal.scopes)];
    }
    const rows = await listAccountWorkspaces(db, principal.accountId);
    return rows.map((r) => workspaceDto(r.workspace, r.scopes));
  });

  app.get('/api/v1/workspaces/:ws', { schema: { response: { 200: workspaceAnswer }, tags: ['workspaces'], params: workspaceParams } }, async (request) =>
    workspaceDto(request.workspace, request.scopes),
  );
};
