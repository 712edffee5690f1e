import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createEventType, listEventTypes, type CalendarEventType } from '../../workspace/calendar-event-types.ts';
import { getCalendar } from '../../workspace/calendars.ts';
import { workspaceParams } from '../schemas.ts';
import { calendarParams } from './calendars.ts';
import { eventTypeAnswer } from '../responses/calendars.ts';

export const eventTypeDto = (type: CalendarEventType) => ({
  id: type.id,
  calendarId: type.calendarId,
  name: type.name,
  durationMinutes: type.durationMinutes,
  contactTypes: type.contactTypes,
  external: type.externalSource ? { source: type.externalSource, id: type.externalId } : null,
});

export const eventTypeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/event-types',
    { config: { scope: 'calendars:read' }, schema: { response: { 200: z.array(eventTypeAnswer) }, tags: ['calendars'], params: workspaceParams } },
    async (request) => (await listEventTypes(db, request.workspace.id)).map(eventTypeDto),
  );

  app.get(
    '/api/v1/workspaces/:ws/calendars/:id/event-types',
    { config: { scope: 'calendars:read' }, schema: { response: { 200: z.array(eventTypeAnswer) }, tags: ['calendars'], params: calendarParams } },
    async (request) => {
      const calendar = await getCalendar(db, request.workspace.id, request.params.id);
      return (await listEventTypes(db, request.workspace.id, calendar.id)).map(eventTypeDto);
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/calendars/:id/event-types',
    {
      config: { scope: 'calendars:write' },
      schema: { response: { 201: eventTypeAnswer },
        tags: ['calendars'],
        params: calendarParams,
        body: z.object({
          name: z.string().trim().min(1).max(200),
          durationMinutes: z.number().int().min(1).max(24 * 60),
        }),
      },
    },
    async (request, reply) => {
      const type = await createEventType(db, { workspaceId: request.workspace.id, calendarId: request.params.id, ...request.body });
      return reply.status(201).send(eventTypeDto(type));
    },
  );
};
