import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eventStatuses } from '../../db/schema.ts';
import { badRequest, conflict } from '../../platform/errors.ts';
import { createEvent, listEvents, type CalendarEvent } from '../../workspace/calendar-events.ts';
import { getCalendar, INTERNAL_SOURCE } from '../../workspace/calendars.ts';
import { calendarParams } from './calendars.ts';

const DAY_MS = 86_400_000;

export const eventDto = (event: CalendarEvent) => ({
  id: event.id,
  calendarId: event.calendarId,
  title: event.title,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  durationMinutes: event.durationMinutes,
  status: event.status,
  eventTypeId: event.eventTypeId,
  memberId: event.memberId,
  external: event.externalSource ? { source: event.externalSource, id: event.externalId } : null,
  updatedAt: event.updatedAt,
});

const isoDate = z.iso.datetime({ offset: true, message: 'use an ISO 8601 date-time such as 2026-12-01T10:00:00Z' });

export const calendarEventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/calendars/:id/events',
    {
      config: { scope: 'calendars:read' },
      schema: {
        tags: ['calendars'],
        description: 'Events starting in [from, to); by default the next 30 days.',
        params: calendarParams,
        querystring: z.object({
          from: isoDate.optional(),
          to: isoDate.optional(),
          limit: z.coerce.number().int().min(1).max(5000).default(1000),
        }),
      },
    },
    async (request) => {
      const calendar = await getCalendar(db, request.workspace.id, request.params.id);
      const from = request.query.from ? new Date(request.query.from) : new Date();
      const to = request.query.to ? new Date(request.query.to) : new Date(from.getTime() + 30 * DAY_MS);
      if (to <= from) throw badRequest('to must be after from');
      const events = await listEvents(db, {
        workspaceId: request.workspace.id,
        calendarId: calendar.id,
        from,
        to,
        limit: request.query.limit,
      });
      return events.map(eventDto);
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/calendars/:id/events',
    {
      config: { scope: 'calendars:write' },
      schema: {
        tags: ['calendars'],
        params: calendarParams,
        body: z.object({
          title: z.string().trim().min(1).max(300),
          startsAt: isoDate,
          endsAt: isoDate,
          status: z.enum(eventStatuses).optional(),
          eventTypeId: z.uuid().nullish(),
          memberId: z.uuid().nullish(),
        }),
      },
    },
    async (request, reply) => {
      const calendar = await getCalendar(db, request.workspace.id, request.params.id);
      if (calendar.source !== INTERNAL_SOURCE) {
        throw conflict(`This calendar's events come from ${calendar.source}; change them there`, 'calendar_linked');
      }
      const { startsAt, endsAt, ...rest } = request.body;
      const event = await createEvent(db, {
        ...rest,
        workspaceId: request.workspace.id,
        calendarId: calendar.id,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
      });
      return reply.status(201).send(eventDto(event));
    },
  );
};
