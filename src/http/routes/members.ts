import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../workspace/audit.ts';
import { recordManualLink } from '../../integration/matching/manual-link.ts';
import { fieldKeySchema, fieldPatchSchema, HEALTHIE_PATIENT_ID } from '../../workspace/member-fields.ts';
import { createMember, deleteMember, getMember, listMembers, updateMember } from '../../workspace/members.ts';
import { phoneRegionOf } from '../../workspace/workspaces.ts';
import { idParam, pagination, workspaceParams } from '../schemas.ts';

const name = z.string().trim().min(1).max(200);
const memberBody = z.object({
  firstName: name,
  lastName: z.string().trim().max(200).default(''),
  email: z.email().max(320).nullish(),
  phone: z.string().max(50).nullish(),
  externalId: z.string().trim().min(1).max(200).nullish(),
  labels: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
});

const memberPatch = memberBody.partial().extend({
  fields: fieldPatchSchema.optional(),
});

const memberParams = workspaceParams.extend({ id: idParam('member id') });

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/members',
    {
      config: { scope: 'members:read' },
      schema: {
        tags: ['members'],
        params: workspaceParams,
        querystring: z.object({
          search: z.string().trim().max(200).optional(),
          field: fieldKeySchema.optional(),
          ...pagination,
        }),
      },
    },
    async (request, reply) => {
      const { search, field, limit, offset } = request.query;
      const page = await listMembers(db, request.workspace.id, {
        limit,
        offset,
        ...(search ? { search } : {}),
        ...(field ? { hasField: field } : {}),
      });
      reply.header('x-total-count', String(page.total));
      return page.members;
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/members',
    { config: { scope: 'members:write' }, schema: { tags: ['members'], params: workspaceParams, body: memberBody } },
    async (request, reply) => {
      const member = await createMember(db, request.workspace.id, request.body, phoneRegionOf(request.workspace));
      return reply.status(201).send(member);
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/members/:id',
    { config: { scope: 'members:read' }, schema: { tags: ['members'], params: memberParams } },
    async (request) => getMember(db, request.workspace.id, request.params.id),
  );

  app.patch(
    '/api/v1/workspaces/:ws/members/:id',
    { config: { scope: 'members:write' }, schema: { tags: ['members'], params: memberParams, body: memberPatch } },
    async (request) => {
      const workspaceId = request.workspace.id;
      return db.transaction(async (tx) => {
        const member = await updateMember(tx, workspaceId, request.params.id, request.body, phoneRegionOf(request.workspace));
        const fields = request.body.fields ?? {};
        if (HEALTHIE_PATIENT_ID in fields) {
          await recordManualLink(tx, { workspaceId, memberId: member.id, patientId: fields[HEALTHIE_PATIENT_ID] ?? null, actor: request.actor });
        }
        const fieldKeys = Object.keys(fields).filter((key) => key !== HEALTHIE_PATIENT_ID);
        if (fieldKeys.length > 0) {
          await recordAudit(tx, {
            workspaceId,
            actor: request.actor,
            action: 'member.fields_updated',
            target: { type: 'member', id: member.id },
            details: { keys: fieldKeys },
          });
        }
        return member;
      });
    },
  );

  app.delete(
    '/api/v1/workspaces/:ws/members/:id',
    { config: { scope: 'members:admin' }, schema: { tags: ['members'], params: memberParams } },
    async (request, reply) => {
      await db.transaction(async (tx) => {
        await deleteMember(tx, request.workspace.id, request.params.id);
        await recordAudit(tx, {
          workspaceId: request.workspace.id,
          actor: request.actor,
          action: 'member.deleted',
          target: { type: 'member', id: request.params.id },
        });
      });
      return reply.status(204).send();
    },
  );
};
