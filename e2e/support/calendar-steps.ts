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
