import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eventStatuses } from '../../db/schema.ts';
import { badRequest, conflict } from '../../platform/errors.ts';
import { createEvent, listEvents, listMemberEvents, type ListedEvent } from '../../workspace/calendar-events.ts';
import { getMember } from '../../workspace/members.ts';
import { hasScope } from '../../workspace/scopes.ts';
import { idParam, workspaceParams } from '../schemas.ts';
import { getCalendar, INTERNAL_SOURCE } from '../../workspace/calendars.ts';
import { calendarParams } from './calendars.ts';
import { eventAnswer, memberEventAnswer } from '../responses/calendars.ts';

const DAY_MS = 86_400_000;

/**
 * An event as every events answer gives it; its references only as far as they are the
 * workspace's, and the member's name only for a caller who may read members.
 */
export const eventDto = (scopes: readonly string[]) => ({ event, member, eventType }: ListedEvent) => ({
  id: event.id,
  calendarId: event.calendarId,
  title: event.title,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  durationMinutes: event.durationMinutes,
  status: event.status,
  eventTypeId: eventType?.id ?? null,
  eventType,
  memberId: member?.id ?? null,
  member: member && { id: member.id, name: hasScope(scopes, 'members:read') ? member.name : null },
  attendeeCount: event.attendeeCount,
  contactType: event.contactType,
  external: event.externalSource ? { source: event.externalSource, id: event.externalId } : null,
  lastSyncedAt: event.syncedAt,
  updatedAt: event.updatedAt,
});

const isoDate = z.iso.datetime({ offset: true, message: 'use an ISO 8601 date-time such as 2026-12-01T10:00:00Z' });

const eventWindow = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/** [from, to): by default from now for 30 days. */
function windowOf(query: { from?: string | undefined; to?: string | undefined }): { from: Date; to: Date } {
  const from = query.from ? new Date(query.from) : new Date();
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 30 * DAY_MS);
  if (to <= from) throw badRequest('to must be after from');
  return { from, to };
}

export const calendarEventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/calendars/:id/events',
    {
      config: { scope: 'calendars:read' },
      schema: { response: { 200: z.array(eventAnswer) },
        tags: ['calendars'],
        description: 'Events starting in [from, to); by default the next 30 days.',
        params: calendarParams,
        querystring: eventWindow,
      },
    },
    async (request) => {
      const calendar = await getCalendar(db, request.workspace.id, request.params.id);
      const events = await listEvents(db, { workspaceId: request.workspace.id, calendarId: calendar.id, ...windowOf(request.query), limit: request.query.limit });
      return events.map(eventDto(request.scopes));
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/members/:id/events',
    {
      config: { scope: 'calendars:read' },
      schema: { response: { 200: z.array(memberEventAnswer) },
        tags: ['members'],
        description: "The member's events in every calendar starting in [from, to), each with its calendar; by default the next 30 days.",
        params: workspaceParams.extend({ id: idParam('member id') }),
        querystring: eventWindow,
      },
    },
    async (request) => {
      const member = await getMember(db, request.workspace.id, request.params.id);
      const rows = await listMemberEvents(db, { workspaceId: request.workspace.id, memberId: member.id, ...windowOf(request.query), limit: request.query.limit });
      return rows.map((row) => ({ ...eventDto(request.scopes)(row), calendar: row.calendar }));
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/calendars/:id/events',
    {
      config: { scope: 'calendars:write' },
      schema: { response: { 201: eventAnswer },
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
      return reply.status(201).send(eventDto(request.scopes)(event));
    },
  );
};
