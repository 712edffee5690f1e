import type { Locator, Page } from 'playwright-core';

export type CalendarView = 'Day' | 'Week' | 'Month' | 'List';

/** On a calendar's Events tab: switches FullCalendar's view. */
export async function showView(page: Page, view: CalendarView): Promise<void> {
  await page.getByRole('tab', { name: `${view} view` }).click();
  await page.getByRole('tab', { name: `${view} view`, selected: true }).waitFor();
}

/** The events drawn in the open view, each carrying its status (`data-status`). */
export function calendarEvents(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Events' }).locator('[data-status]');
}

/** The details drawer of an event, as a person reads it: each label with its value. */
export async function detailsOf(dialog: Locator): Promise<Record<string, string>> {
  const terms = await dialog.getByRole('term').allInnerTexts();
  const definitions = await dialog.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term, definitions[i]!.trim()]));
}

export async function closeDetails(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Close details' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
