import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { showView } from './support/calendar-steps.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie } from './support/healthie-state.ts';
import { horizontalCutOffs, textFits } from './support/layout.ts';
import { WORKSPACE } from './support/test-server.ts';

// A portrait tablet: the narrowest width at which the sidebar stays open beside the page.
const TABLET_768 = { width: 768, height: 1024 };
const ws = `/api/v1/workspaces/${WORKSPACE}`;
const LONG_EMAIL = 'bartholomew.featherstonehaugh-whittington@harborfamilyhealth.example.com';

interface Calendar {
  id: string;
  name: string;
}

/** The text of every badge in the scope that is cut off. */
async function truncatedBadges(scope: Locator): Promise<string[]> {
  const labels = await scope.locator('.mantine-Badge-label').all();
  const cut = await Promise.all(labels.map(async (label) => ((await textFits(label)) ? null : await label.textContent())));
  return cut.filter((text): text is string => text !== null);
}

describe('layout at 768 px wide', () => {
  const env = useE2eEnvironment();

  it('keeps every action of the Calendar Sync tab on screen and shows long provider emails whole', async () => {
    await connectHealthie(env.server);
    await env.server.sandboxRequest('POST', '/_sandbox/providers', { first_name: 'Bartholomew', last_name: 'Featherstonehaugh', email: LONG_EMAIL });
    const calendars = await env.server.request<Calendar[]>('GET', `${ws}/calendars`);
    const providers = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
    const primary = calendars.find((c) => c.name === 'Primary Care')!;
    await env.server.request('PUT', `${ws}/calendars/${primary.id}/healthie-link`, { providerId: providers.find((p) => p.name === 'Amelia Hart')!.id });

    const page = await env.signedInPage({ viewport: TABLET_768 });
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=calendar-sync`);
    const row = page.getByRole('table', { name: 'Linked calendars' }).getByRole('row', { name: 'Primary Care' });
    await row.getByText('Succeeded').waitFor({ timeout: 30_000 });
    for (const name of ['Sync Now Primary Care', 'Unlink Primary Care']) {
      expect(await horizontalCutOffs(row.getByRole('button', { name })), name).toEqual([]);
    }
    expect(await truncatedBadges(page.getByRole('main'))).toEqual([]);

    const form = page.getByRole('form', { name: 'Link a calendar' });
    const provider = form.getByRole('combobox', { name: 'Healthie Provider' });
    await provider.click();
    const option = page.getByRole('option', { name: /Bartholomew Featherstonehaugh/ });
    expect(await option.textContent()).toContain(LONG_EMAIL);
    expect(await horizontalCutOffs(option)).toEqual([]);
    expect(await textFits(option)).toBe(true);
    await option.click();
    expect(await textFits(provider)).toBe(true);
    await form.getByText(LONG_EMAIL).waitFor();
    expect(await horizontalCutOffs(form.getByText(LONG_EMAIL))).toEqual([]);
  });

  it("shows all seven days of a calendar's week, and its badges whole", async () => {
    const calendars = await env.server.request<Calendar[]>('GET', `${ws}/calendars`);
    const page = await env.signedInPage({ viewport: TABLET_768 });
    await page.goto(`/w/${WORKSPACE}/calendars`);
    await page.getByRole('table', { name: 'Calendars' }).getByText('Internal').first().waitFor();
    expect(await truncatedBadges(page.getByRole('main'))).toEqual([]);

    await page.goto(`/w/${WORKSPACE}/calendars/${calendars[0]!.id}`);
    await showView(page, 'Week');
    const days = page.getByRole('tabpanel', { name: 'Events' }).getByRole('columnheader');
    await days.first().waitFor();
    expect(await days.count()).toBe(7);
    for (const day of await days.all()) {
      const text = await day.textContent();
      expect(await horizontalCutOffs(day), text!).toEqual([]);
      expect(await textFits(day), text!).toBe(true);
    }
    expect(await truncatedBadges(page.getByRole('main'))).toEqual([]);
  });
});
