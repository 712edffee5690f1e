import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findMemberMatches } from '../../integration/matching/find-matches.ts';
import { matchProgressOf } from '../../integration/matching/match-progress.ts';
import { rejectMatch } from '../../integration/matching/match-rejections.ts';
import { matchPairSchema } from '../../integration/member-links/match-pair.ts';
import { workspaceParams } from '../schemas.ts';
import { matchesAnswer, matchProgressAnswer, rejectionAnswer } from '../responses/members.ts';

const path = '/api/v1/workspaces/:ws/healthie/member-matches';

export const memberMatchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.post(
    path,
    {
      config: { scope: 'members:write', feature: 'ehr_healthie' },
      schema: { response: { 200: matchesAnswer },
        tags: ['healthie'],
        description:
          'Find Matching Records: unlinked members with an email or phone against Healthie patients. Proposes, links nothing; flags links whose patient is gone.',
        params: workspaceParams,
      },
    },
    async (request) => {
      return findMemberMatches(ctx, request.workspace);
    },
  );

  app.get(
    `${path}/progress`,
    {
      config: { scope: 'members:read', feature: 'ehr_healthie' },
      schema: { response: { 200: matchProgressAnswer },
        tags: ['healthie'],
        description:
          "How far the workspace's latest Find Matching Records has got: patients read of the total Healthie reported (scan) or email searches done (lookup), then the check of linked patients.",
        params: workspaceParams,
      },
    },
    async (request) => {
      return matchProgressOf(ctx.database.db, request.workspace.id);
    },
  );

  app.post(
    `${path}/rejections`,
    {
      config: { scope: 'members:write', feature: 'ehr_healthie' },
      schema: { response: { 200: rejectionAnswer },
        tags: ['healthie'],
        description: 'Not a match: this member and this patient are never proposed together again (linking them explicitly still works).',
        params: workspaceParams,
        body: matchPairSchema,
      },
    },
    async (request) => {
      return rejectMatch(ctx.database.db, { ...request.body, workspaceId: request.workspace.id, actor: request.actor });
    },
  );
};
