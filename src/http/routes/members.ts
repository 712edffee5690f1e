import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { updateMemberWithLink } from '../../integration/member-links/update-member.ts';
import { fieldKeySchema, fieldPatchSchema } from '../../workspace/member-fields.ts';
import { memberChangesSchema, newMemberSchema } from '../../workspace/member-input.ts';
import { createMember, deleteMember, getMember, listMembers } from '../../workspace/members.ts';
import { normalizePhone } from '../../workspace/phone.ts';
import { phoneRegionOf } from '../../workspace/workspaces.ts';
import { pagination } from '../../platform/pagination.ts';
import { idParam, workspaceParams } from '../schemas.ts';
import { noContent } from '../responses/common.ts';
import { memberAnswer } from '../responses/members.ts';

const memberPatch = memberChangesSchema.extend({ fields: fieldPatchSchema.optional() });

const memberParams = workspaceParams.extend({ id: idParam('member id') });

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/members',
    {
      config: { scope: 'members:read' },
      schema: { response: { 200: z.array(memberAnswer) },
        tags: ['members'],
        params: workspaceParams,
        querystring: z.object({
          search: z.string().trim().max(200).optional(),
          field: fieldKeySchema.optional(),
          email: z.string().trim().min(1).max(320).optional().describe('Only the members with exactly this email, in any case'),
          phone: z.string().trim().min(1).max(50).optional().describe('Only the members with this phone number, however it is written'),
          ...pagination,
        }),
      },
    },
    async (request, reply) => {
      const { search, field, email, phone, limit, offset } = request.query;
      const page = await listMembers(db, request.workspace.id, {
        limit,
        offset,
        ...(search ? { search } : {}),
        ...(field ? { hasField: field } : {}),
        ...(email ? { email } : {}),
        // Text that is no phone number belongs to nobody: matched as null, it matches no member.
        ...(phone ? { phone: normalizePhone(phone, phoneRegionOf(request.workspace)) } : {}),
      });
      reply.header('x-total-count', String(page.total));
      return page.members;
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/members',
    { config: { scope: 'members:write' }, schema: { response: { 201: memberAnswer }, tags: ['members'], params: workspaceParams, body: newMemberSchema } },
    async (request, reply) => {
      const member = await createMember(db, request.workspace.id, request.body, phoneRegionOf(request.workspace));
      return reply.status(201).send(member);
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/members/:id',
    { config: { scope: 'members:read' }, schema: { response: { 200: memberAnswer }, tags: ['members'], params: memberParams } },
    async (request) => getMember(db, request.workspace.id, request.params.id),
  );

  app.patch(
    '/api/v1/workspaces/:ws/members/:id',
    { config: { scope: 'members:write' }, schema: { response: { 200: memberAnswer }, tags: ['members'], params: memberParams, body: memberPatch } },
    async (request) =>
      updateMemberWithLink(app.ctx, { workspace: request.workspace, actor: request.actor, memberId: request.params.id, changes: request.body }),
  );

  app.delete(
    '/api/v1/workspaces/:ws/members/:id',
    { config: { scope: 'members:admin' }, schema: { response: { 204: noContent }, tags: ['members'], params: memberParams } },
    async (request, reply) => {
      await deleteMember(db, { workspaceId: request.workspace.id, actor: request.actor, memberId: request.params.id });
      return reply.status(204).send();
    },
  );
};
