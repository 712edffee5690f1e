import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findMemberMatches } from '../../integration/matching/find-matches.ts';
import { matchProgressOf } from '../../integration/matching/match-progress.ts';
import { rejectMatch, takeBackRejection } from '../../integration/matching/match-rejections.ts';
import { listRejections, rejectionListQuery } from '../../integration/matching/rejection-list.ts';
import { matchPairSchema } from '../../integration/member-links/match-pair.ts';
import { workspaceParams } from '../schemas.ts';
import { noContent } from '../responses/common.ts';
import { matchesAnswer, matchProgressAnswer, rejectedMatchAnswer, rejectionAnswer } from '../responses/members.ts';

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

  app.get(
    `${path}/rejections`,
    {
      config: { scope: 'members:read', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(rejectedMatchAnswer) },
        tags: ['healthie'],
        description: '"Not a match" decisions, newest first: the member, the patient id, who decided (when stored) and when; X-Total-Count.',
        params: workspaceParams,
        querystring: rejectionListQuery,
      },
    },
    async (request, reply) => {
      const page = await listRejections(ctx.database.db, request.workspace.id, request.query);
      reply.header('x-total-count', String(page.total));
      return page.rejections;
    },
  );

  app.delete(
    `${path}/rejections/:memberId/:patientId`,
    {
      config: { scope: 'members:write', feature: 'ehr_healthie' },
      schema: { response: { 204: noContent },
        tags: ['healthie'],
        description: 'Takes a "Not a match" back: Find Matching Records may propose the pair again. 404 match_rejection_not_found when there is no such decision.',
        params: workspaceParams.extend(matchPairSchema.shape),
      },
    },
    async (request, reply) => {
      const { memberId, patientId } = request.params;
      await takeBackRejection(ctx.database.db, { memberId, patientId, workspaceId: request.workspace.id, actor: request.actor });
      return reply.status(204).send();
    },
  );
};
