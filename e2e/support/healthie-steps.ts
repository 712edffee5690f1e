import type { Page } from 'playwright-core';

/** Fills the Healthie configuration dialog that is open on the page and presses Connect. */
export async function submitHealthieKey(page: Page, apiKey: string, baseUrl: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'API Key' }).fill(apiKey);
  await dialog.getByRole('textbox', { name: 'Base URL (optional)' }).fill(baseUrl);
  await dialog.getByRole('button', { name: 'Connect' }).click();
}

/** From anywhere signed in: App Connections > Directory > Healthie > Install, connect, open the management page. */
export async function installHealthie(page: Page, apiKey: string, baseUrl: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'App Connections' }).click();
  await page.getByRole('tab', { name: 'Directory' }).click();
  await page.getByRole('article', { name: 'Healthie' }).getByRole('button', { name: 'Install' }).click();
  await submitHealthieKey(page, apiKey, baseUrl);
  await page.getByRole('dialog').getByText('Connected as').waitFor();
  await page.getByRole('button', { name: 'Manage Healthie' }).click();
  await page.getByRole('tab', { name: 'Overview' }).waitFor();
}

/** On the Calendar Sync tab: picks a calendar and a provider in the link form and presses Link & Sync. */
export async function linkCalendar(page: Page, calendar: string, provider: RegExp): Promise<void> {
  const form = page.getByRole('form', { name: 'Link a calendar' });
  await form.getByRole('combobox', { name: 'Calendar' }).click();
  await page.getByRole('option', { name: calendar }).click();
  await form.getByRole('combobox', { name: 'Healthie Provider' }).click();
  await page.getByRole('option', { name: provider }).click();
  await form.getByRole('button', { name: 'Link & Sync' }).click();
}
