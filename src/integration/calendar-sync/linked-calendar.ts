import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendars } from '../../db/schema.ts';
import type { Calendar } from '../../workspace/calendars.ts';
import { AppError } from '../../platform/errors.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';

export interface HealthieLinkSettings {
  providerId: string;
  providerName: string;
  linkedAt: string;
}

export function healthieLinkOf(calendar: Calendar): HealthieLinkSettings | null {
  if (calendar.source !== HEALTHIE_SOURCE) return null;
  const settings = calendar.sourceSettings as Partial<HealthieLinkSettings>;
  return typeof settings.providerId === 'string'
    ? { providerId: settings.providerId, providerName: settings.providerName ?? '', linkedAt: settings.linkedAt ?? '' }
    : null;
}

export function requireHealthieLink(calendar: Calendar): HealthieLinkSettings {
  const link = healthieLinkOf(calendar);
  if (!link) throw new AppError(409, 'calendar_not_linked', 'This calendar is not linked to a Healthie provider');
  return link;
}

/** The workspace's calendar linked to a Healthie provider, if any (at most one: a unique index). */
export async function calendarOfProvider(tx: Tx, workspaceId: string, providerId: string): Promise<Calendar | undefined> {
  const [calendar] = await tx
    .select()
    .from(calendars)
    .where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.source, HEALTHIE_SOURCE), sql`${calendars.sourceSettings}->>'providerId' = ${providerId}`));
  return calendar;
}
