import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarLinks } from '../../integration/calendar-sync/calendar-links.ts';
import { linkCalendar } from '../../integration/calendar-sync/link-calendar.ts';
import { syncNow } from '../../integration/calendar-sync/request-sync.ts';
import { getRun, listRuns, syncRunDto } from '../../integration/calendar-sync/sync-runs.ts';
import { pushSettingsChange, pushSettingsSchema, updatePushSettings } from '../../integration/push/push-settings.ts';
import { unlinkCalendar } from '../../integration/calendar-sync/unlink-calendar.ts';
import { notFound } from '../../platform/errors.ts';
import { getCalendar } from '../../workspace/calendars.ts';
import { idParam, workspaceParams } from '../schemas.ts';
import { calendarDto, calendarParams } from './calendars.ts';
import { calendarAnswer, calendarLinkAnswer, syncRunAnswer } from '../responses/calendars.ts';

const runJoined = z.object({ run: syncRunAnswer, joined: z.boolean() });

export const healthieCalendarSyncRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const { db } = ctx.database;

  app.get(
    '/api/v1/workspaces/:ws/healthie/calendar-links',
    {
      config: { scope: 'calendars:read', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(calendarLinkAnswer) }, tags: ['calendar sync'], description: 'Calendars linked to Healthie providers, with their last sync and the connection state.', params: workspaceParams },
    },
    async (request) => {
      return calendarLinks(db, request.workspace.id);
    },
  );

  app.put(
    '/api/v1/workspaces/:ws/calendars/:id/healthie-link',
    {
      config: { scope: 'calendars:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: z.object({ calendar: calendarAnswer, run: syncRunAnswer }) },
        tags: ['calendar sync'],
        description: "Link & Sync: imports the provider's appointment types, then queues the initial sync of its future appointments.",
        params: calendarParams,
        body: z.object({ providerId: z.string().trim().regex(/^[\w-]{1,64}$/, 'providerId is a Healthie user id') }),
      },
    },
    async (request) => {
      const { calendar, run } = await linkCalendar(ctx, {
        workspaceId: request.workspace.id,
        calendarId: request.params.id,
        providerId: request.body.providerId,
        actor: request.actor,
      });
      return { calendar: calendarDto(calendar), run: syncRunDto(run) };
    },
  );

  app.patch(
    '/api/v1/workspaces/:ws/calendars/:id/healthie-link',
    {
      config: { scope: 'calendars:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: z.object({ calendar: calendarAnswer, push: pushSettingsSchema }) },
        tags: ['calendar sync'],
        description: "Changes only the named settings of how the calendar's own changes go to Healthie (Push changes to Healthie; off by default).",
        params: calendarParams,
        body: pushSettingsChange,
      },
    },
    async (request) => {
      const { calendar, push } = await updatePushSettings(ctx, { workspaceId: request.workspace.id, calendarId: request.params.id, actor: request.actor, change: request.body });
      return { calendar: calendarDto(calendar), push };
    },
  );

  app.delete(
    '/api/v1/workspaces/:ws/calendars/:id/healthie-link',
    {
      config: { scope: 'calendars:admin', feature: 'ehr_healthie' },
      schema: { response: { 200: z.object({ calendar: calendarAnswer }) }, tags: ['calendar sync'], description: 'The calendar reverts to internal; its events stay and are no longer updated.', params: calendarParams },
    },
    async (request) => {
      const calendar = await unlinkCalendar(ctx, { workspaceId: request.workspace.id, calendarId: request.params.id, actor: request.actor });
      return { calendar: calendarDto(calendar) };
    },
  );

  app.post(
    '/api/v1/workspaces/:ws/calendars/:id/sync',
    {
      config: { scope: 'calendars:write', feature: 'ehr_healthie' },
      schema: { response: { 200: runJoined, 202: runJoined },
        tags: ['calendar sync'],
        description: 'Sync Now: re-reads every future appointment. While a sync is queued or running, that one is returned (joined: true).',
        params: calendarParams,
      },
    },
    async (request, reply) => {
      const { run, joined } = await syncNow(ctx, { workspaceId: request.workspace.id, calendarId: request.params.id });
      return reply.status(joined ? 200 : 202).send({ run: syncRunDto(run), joined });
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/calendars/:id/sync-runs',
    {
      config: { scope: 'calendars:read', feature: 'ehr_healthie' },
      schema: { response: { 200: z.array(syncRunAnswer) },
        tags: ['calendar sync'],
        description: 'The run history of a calendar, newest first.',
        params: calendarParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
      },
    },
    async (request) => {
      const calendar = await getCalendar(db, request.workspace.id, request.params.id);
      return (await listRuns(db, request.workspace.id, calendar.id, request.query.limit)).map(syncRunDto);
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/calendars/:id/sync-runs/:runId',
    {
      config: { scope: 'calendars:read', feature: 'ehr_healthie' },
      schema: { response: { 200: syncRunAnswer }, tags: ['calendar sync'], params: calendarParams.extend({ runId: idParam('run id') }) },
    },
    async (request) => {
      const run = await getRun(db, request.params.runId);
      if (!run || run.workspaceId !== request.workspace.id || run.calendarId !== request.params.id) throw notFound('Sync run');
      return syncRunDto(run);
    },
  );
};
