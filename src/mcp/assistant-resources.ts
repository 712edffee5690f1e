import { calendars } from '../db/schema.ts';
import { eq } from 'drizzle-orm';
import { healthieLinkOf } from '../integration/calendar-sync/linked-calendar.ts';
import { byPmStatus } from '../integration/calendar-sync/status-mapping.ts';
import type { IntegrationContext } from '../integration/context.ts';
import { pushSettingsOf } from '../integration/push/push-settings.ts';
import type { Caller } from '../operations/operation.ts';
import { forbidden } from '../platform/errors.ts';
import { hasScope } from '../workspace/scopes.ts';

export interface AssistantResource {
  name: string;
  uri: string;
  description: string;
  mimeType: string;
  read(ctx: IntegrationContext, caller: Caller): Promise<string>;
}

const statusTable = () =>
  [
    '| Healthie pm_status | calendar status |',
    '|---|---|',
    '| (blank) | booked, or confirmed when the provider confirmed it |',
    ...Object.entries(byPmStatus).map(([pm, status]) => `| ${pm} | ${status} |`),
    '| anything else | booked |',
  ].join('\n');

/** What an assistant may read to understand the answers of the tools. */
export const assistantResources: AssistantResource[] = [
  {
    name: 'status-mapping',
    uri: 'healthie-connect://status-mapping',
    description: "How Healthie's appointment statuses (pm_status) read as the calendars' statuses.",
    mimeType: 'text/markdown',
    read: async () => statusTable(),
  },
  {
    name: 'calendars',
    uri: 'healthie-connect://calendars',
    description: "The workspace's calendars: id, name, timezone, the Healthie provider each follows, and whether it pushes changes to Healthie.",
    mimeType: 'application/json',
    read: async (ctx, caller) => {
      if (!hasScope(caller.scopes, 'calendars:read')) throw forbidden('This needs the calendars:read scope');
      const rows = await ctx.database.db.select().from(calendars).where(eq(calendars.workspaceId, caller.workspaceId)).orderBy(calendars.name);
      return JSON.stringify(
        rows.map((calendar) => {
          const link = healthieLinkOf(calendar);
          return {
            id: calendar.id,
            name: calendar.name,
            timezone: calendar.timezone,
            provider: link ? { id: link.providerId, name: link.providerName } : null,
            pushesToHealthie: link ? pushSettingsOf(calendar).pushChanges : false,
          };
        }),
      );
    },
  },
];
