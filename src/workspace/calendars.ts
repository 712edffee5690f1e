import { and, asc, eq, like } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.ts';
import { recordAudit, type Actor } from './audit.ts';
import { calendars } from '../db/schema.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { slugify } from './slug.ts';

export type Calendar = typeof calendars.$inferSelect;

export const INTERNAL_SOURCE = 'internal';
export const DEFAULT_CALENDAR_COLOR = '#228be6';

export interface CalendarInput {
  name: string;
  timezone: string;
  description?: string;
  color?: string;
  slug?: string;
}

export async function createCalendar(tx: Tx, workspaceId: string, input: CalendarInput): Promise<Calendar> {
  const slug = input.slug ?? (await freeSlug(tx, workspaceId, slugify(input.name)));
  if (input.slug) await assertSlugFree(tx, workspaceId, input.slug, null);
  const [calendar] = await tx
    .insert(calendars)
    .values({
      workspaceId,
      name: input.name,
      timezone: input.timezone,
      description: input.description ?? '',
      color: input.color ?? DEFAULT_CALENDAR_COLOR,
      slug,
    })
    .returning();
  return calendar!;
}

export async function listCalendars(tx: Tx, workspaceId: string): Promise<Calendar[]> {
  return tx.select().from(calendars).where(eq(calendars.workspaceId, workspaceId)).orderBy(asc(calendars.name));
}

export async function getCalendar(tx: Tx, workspaceId: string, calendarId: string): Promise<Calendar> {
  const [calendar] = await tx
    .select()
    .from(calendars)
    .where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.id, calendarId)));
  if (!calendar) throw notFound('Calendar');
  return calendar;
}

export async function updateCalendar(
  tx: Tx,
  workspaceId: string,
  calendarId: string,
  input: Partial<CalendarInput>,
): Promise<Calendar> {
  await getCalendar(tx, workspaceId, calendarId);
  if (input.slug) await assertSlugFree(tx, workspaceId, input.slug, calendarId);
  const [calendar] = await tx
    .update(calendars)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.id, calendarId)))
    .returning();
  return calendar!;
}

/** Deletes an internal calendar and its events, audited; a linked one must be unlinked first. */
export async function deleteCalendar(db: Db, input: { workspaceId: string; actor: Actor; calendarId: string }): Promise<void> {
  const { workspaceId, calendarId } = input;
  await db.transaction(async (tx) => {
    const calendar = await getCalendar(tx, workspaceId, calendarId);
    if (calendar.source !== INTERNAL_SOURCE) {
      throw conflict(`Unlink the calendar from ${calendar.source} before deleting it`, 'calendar_linked');
    }
    await tx.delete(calendars).where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.id, calendarId)));
    await recordAudit(tx, { workspaceId, actor: input.actor, action: 'calendar.deleted', target: { type: 'calendar', id: calendarId } });
  });
}

/** Points a calendar at an external source, or (source 'internal') back to none. */
export async function setCalendarSource(
  tx: Tx,
  calendarId: string,
  source: string,
  settings: Record<string, unknown>,
): Promise<Calendar> {
  const [calendar] = await tx
    .update(calendars)
    .set({ source, sourceSettings: settings, updatedAt: new Date() })
    .where(eq(calendars.id, calendarId))
    .returning();
  if (!calendar) throw notFound('Calendar');
  return calendar;
}

async function assertSlugFree(tx: Tx, workspaceId: string, slug: string, self: string | null) {
  const [holder] = await tx
    .select({ id: calendars.id })
    .from(calendars)
    .where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.slug, slug)));
  if (holder && holder.id !== self) throw conflict(`Another calendar already uses the slug "${slug}"`);
}

async function freeSlug(tx: Tx, workspaceId: string, base: string): Promise<string> {
  const taken = new Set(
    (
      await tx
        .select({ slug: calendars.slug })
        .from(calendars)
        .where(and(eq(calendars.workspaceId, workspaceId), like(calendars.slug, `${base}%`)))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
