import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createCalendar,
  deleteCalendar,
  getCalendar,
  listCalendars,
  updateCalendar,
  type Calendar,
} from '../../workspace/calendars.ts';
import { isTimeZone } from '../../workspace/timezones.ts';
import { idParam, workspaceParams } from '../schemas.ts';
import { calendarAnswer } from '../responses/calendars.ts';
import { noContent } from '../responses/common.ts';

const calendarBody = z.object({
  name: z.string().trim().min(1).max(200),
  timezone: z.string().refine(isTimeZone, { message: 'timezone is not an IANA time zone such as America/New_York' }),
  description: z.string().max(2000).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'color is a hex colour such as #228be6')
    .optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug uses lower-case letters, digits and dashes')
    .max(60)
    .optional(),
});

export const calendarParams = workspaceParams.extend({ id: idParam('calendar id') });

export const calendarDto = (calendar: Calendar) => ({
  id: calendar.id,
  name: calendar.name,
  description: calendar.description,
  timezone: calendar.timezone,
  color: calendar.color,
  slug: calendar.slug,
  source: calendar.source,
  sourceSettings: calendar.sourceSettings,
  createdAt: calendar.createdAt,
  updatedAt: calendar.updatedAt,
});

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/calendars',
    { config: { scope: 'calendars:read' }, schema: { response: { 200: z.array(calendarAnswer) }, tags: ['calendars'], params: workspaceParams } },
    async (request) => (await listCalendars(db, request.workspace.id)).map(calendarDto),
  );

  app.post(
    '/api/v1/workspaces/:ws/calendars',
    { config: { scope: 'calendars:write' }, schema: { response: { 201: calendarAnswer }, tags: ['calendars'], params: workspaceParams, body: calendarBody } },
    async (request, reply) => reply.status(201).send(calendarDto(await createCalendar(db, request.workspace.id, request.body))),
  );

  app.get(
    '/api/v1/workspaces/:ws/calendars/:id',
    { config: { scope: 'calendars:read' }, schema: { response: { 200: calendarAnswer }, tags: ['calendars'], params: calendarParams } },
    async (request) => calendarDto(await getCalendar(db, request.workspace.id, request.params.id)),
  );

  app.patch(
    '/api/v1/workspaces/:ws/calendars/:id',
    {
      config: { scope: 'calendars:write' },
      schema: { response: { 200: calendarAnswer }, tags: ['calendars'], params: calendarParams, body: calendarBody.partial() },
    },
    async (request) => calendarDto(await updateCalendar(db, request.workspace.id, request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/workspaces/:ws/calendars/:id',
    { config: { scope: 'calendars:admin' }, schema: { response: { 204: noContent }, tags: ['calendars'], params: calendarParams } },
    async (request, reply) => {
      await deleteCalendar(db, { workspaceId: request.workspace.id, actor: request.actor, calendarId: request.params.id });
      return reply.status(204).send();
    },
  );
};
