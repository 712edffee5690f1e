import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { linkMembersToPatients, linkRequestSchema } from '../../integration/member-links/link-members.ts';
import { listLinkedMembers } from '../../integration/member-links/linked-members.ts';
import { unlinkMember } from '../../integration/member-links/unlink-member.ts';
import { undoLinkBatch } from '../../integration/member-links/undo-links.ts';
import { lookUpPatients, patientLookupQuery } from '../../integration/member-links/patient-details.ts';
import { pagination } from '../../platform/pagination.ts';
import { idParam, workspaceParams } from '../schemas.ts';
import { linkedMemberAnswer, linkResultAnswer, patientDetailsAnswer, undoLinksAnswer, unlinkAnswer } from '../responses/members.ts';

const path = '/api/v1/workspaces/:ws/healthie/member-links';

/** Link All's items, and what its undo sends back. */

export const memberLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const { db } = ctx.database;

  app.get(
    path,
    {
      config: { scope: 'members:read', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(linkedMemberAnswer) },
        tags: ['healthie'],
        description: 'Members linked to a Healthie patient, with the patient id and a flag when matching last found no such patient.',
        params: workspaceParams,
        querystring: z.object({ search: z.string().trim().max(200).optional(), ...pagination }),
      },
    },
    async (request, reply) => {
      const { search, limit, offset } = request.query;
      const page = await listLinkedMembers(db, request.workspace.id, { limit, offset, ...(search ? { search } : {}) });
      reply.header('x-total-count', String(page.total));
      return page.members;
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/healthie/patients',
    {
      config: { scope: 'members:read', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(patientDetailsAnswer) },
        tags: ['healthie'],
        description:
          "These Healthie patients (ids=1,2,…, at most 100) as Healthie has them now: name, email, phone and whether archived, to compare with the members linked to them. Ids Healthie does not have are left out.",
        params: workspaceParams,
        querystring: patientLookupQuery,
      },
    },
    async (request) => lookUpPatients(ctx, { workspaceId: request.workspace.id, ids: request.query.ids }),
  );

  app.post(
    path,
    {
      config: { scope: 'members:write', feature: 'ehr_healthie' },
      bodyLimit: 2 * 1024 * 1024,
      schema: { response: { 200: z.array(linkResultAnswer) },
        tags: ['healthie'],
        description:
          'Link (one item) or Link All (several): per-item results. A single item that cannot be linked answers its error instead: 409 for a conflict, 404 for an unknown member or patient.',
        params: workspaceParams,
        body: linkRequestSchema,
      },
    },
    async (request, reply) => {
      const { results, batchId } = await linkMembersToPatients(ctx, { workspaceId: request.workspace.id, actor: request.actor, links: request.body });
      if (batchId) reply.header('x-link-batch', batchId);
      return results;
    },
  );

  app.post(
    `${path}/batches/:batchId/undo`,
    {
      config: { scope: 'members:write', feature: 'ehr_healthie' },
      schema: { response: { 200: undoLinksAnswer },
        tags: ['healthie'],
        description:
          'Undo of a Link All (its answer names the batch in X-Link-Batch), within 10 minutes and once: the links it made are removed in one action, audited. A link changed or made again since is kept.',
        params: workspaceParams.extend({ batchId: idParam('batchId') }),
      },
    },
    async (request) => undoLinkBatch(db, { workspaceId: request.workspace.id, actor: request.actor, batchId: request.params.batchId }),
  );

  app.delete(
    `${path}/:id`,
    {
      config: { scope: 'members:write', feature: 'ehr_healthie' },
      schema: { response: { 200: unlinkAnswer },
        tags: ['healthie'],
        description: "Unlink: removes the member's healthie:patient_id. Nothing changes in Healthie.",
        params: workspaceParams.extend({ id: idParam('member id') }),
      },
    },
    async (request) => {
      return unlinkMember(db, { workspaceId: request.workspace.id, memberId: request.params.id, actor: request.actor });
    },
  );
};
