import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeCalendarEvent, createCalendarEvent, eventChangeInput, isoDate, newEventInput } from '../../integration/calendar-event-writes.ts';
import { retryPush } from '../../integration/push/retry-push.ts';
import { badRequest } from '../../platform/errors.ts';
import { listEvents, listMemberEvents, type ListedEvent } from '../../workspace/calendar-events.ts';
import { getMember } from '../../workspace/members.ts';
import { hasScope } from '../../workspace/scopes.ts';
import { idParam, workspaceParams } from '../schemas.ts';
import { getCalendar } from '../../workspace/calendars.ts';
import { calendarParams } from './calendars.ts';
import { eventAnswer, memberEventAnswer } from '../responses/calendars.ts';

const DAY_MS = 86_400_000;

const eventParams = calendarParams.extend({ eventId: idParam('event id') });

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
  notes: event.notes,
  push: event.pushState ? { state: event.pushState, attempts: event.pushAttempts, error: event.pushError, errorCode: event.pushErrorCode, updatedAt: event.pushUpdatedAt } : null,
  conflict: event.pushConflict,
  updatedAt: event.updatedAt,
});


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
  const { ctx } = app;
  const { db } = ctx.database;

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
        description:
          'An event of an internal calendar ({title, startsAt, endsAt, ...}), or, on a calendar linked to Healthie with push on, a booking ({memberId, eventTypeId, startsAt, contactType?, locationId?, notes?}) sent to Healthie.',
        params: calendarParams,
        body: newEventInput,
      },
    },
    async (request, reply) => {
      const event = await createCalendarEvent(ctx, { workspaceId: request.workspace.id, actor: request.actor, calendarId: request.params.id, event: request.body });
      return reply.status(201).send(eventDto(request.scopes)(event));
    },
  );

  app.patch(
    '/api/v1/workspaces/:ws/calendars/:id/events/:eventId',
    {
      config: { scope: 'calendars:write' },
      schema: { response: { 200: eventAnswer },
        tags: ['calendars'],
        description:
          'Changes only what it names. On a calendar linked to Healthie with push on: a move (startsAt), contactType, notes or a cancellation (status: "cancelled", alone), sent to Healthie.',
        params: eventParams,
        body: eventChangeInput,
      },
    },
    async (request) => {
      const event = await changeCalendarEvent(ctx, { workspaceId: request.workspace.id, actor: request.actor, calendarId: request.params.id, eventId: request.params.eventId, change: request.body });
      return eventDto(request.scopes)(event);
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/calendars/:id/events/:eventId/push/retry',
    {
      config: { scope: 'calendars:write', feature: 'ehr_healthie' },
      schema: { response: { 202: eventAnswer }, tags: ['calendar sync'], description: 'Sends a change Healthie refused, or that ran out of attempts, again now.', params: eventParams },
    },
    async (request, reply) => {
      const calendar = await getCalendar(db, request.workspace.id, request.params.id);
      const event = await retryPush(ctx, { workspaceId: request.workspace.id, actor: request.actor, calendar, eventId: request.params.eventId });
      return reply.status(202).send(eventDto(request.scopes)(event));
    },
  );
};
