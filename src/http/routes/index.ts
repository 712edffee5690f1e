import type { FastifyInstance } from 'fastify';
import { appConnectionRoutes } from './app-connections.ts';
import { auditLogRoutes } from './audit-log.ts';
import { calendarEventRoutes } from './calendar-events.ts';
import { calendarRoutes } from './calendars.ts';
import { eventTypeRoutes } from './event-types.ts';
import { healthRoutes } from './health.ts';
import { healthieCalendarSyncRoutes } from './healthie-calendar-sync.ts';
import { healthieConnectionRoutes } from './healthie-connection.ts';
import { healthieDirectoryRoutes } from './healthie-directory.ts';
import { healthieWebhookReceiverRoutes } from './healthie-webhook-receiver.ts';
import { healthieWebhookRoutes } from './healthie-webhooks.ts';
import { memberImportRoutes } from './member-import.ts';
import { memberLinkRoutes } from './member-links.ts';
import { memberMatchRoutes } from './member-matches.ts';
import { mcpRoutes } from './mcp.ts';
import { memberRoutes } from './members.ts';
import { sessionRoutes } from './session.ts';
import { workspaceRoutes } from './workspaces.ts';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  for (const routes of [
    healthRoutes,
    sessionRoutes,
    workspaceRoutes,
    memberRoutes,
    memberImportRoutes,
    calendarRoutes,
    calendarEventRoutes,
    eventTypeRoutes,
    auditLogRoutes,
    appConnectionRoutes,
    healthieConnectionRoutes,
    healthieDirectoryRoutes,
    healthieCalendarSyncRoutes,
    memberMatchRoutes,
    memberLinkRoutes,
    healthieWebhookRoutes,
    healthieWebhookReceiverRoutes,
    mcpRoutes,
  ]) {
    await app.register(routes);
  }
}
