import { describe, expect, it } from 'vitest';
import { calendarEvents, showView } from './support/calendar-steps.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie, disconnectHealthie } from './support/healthie-state.ts';
import { installHealthie, linkCalendar } from './support/healthie-steps.ts';
import { WORKSPACE } from './support/test-server.ts';

interface Calendar {
  id: string;
  name: string;
}
interface CalendarEvent {
  title: string;
  status: string;
  external: { source: string; id: string } | null;
}

describe('calendar sync', () => {
  const env = useE2eEnvironment();
  const calendarId = async (name: string) =>
    (await env.server.request<Calendar[]>('GET', `/api/v1/workspaces/${WORKSPACE}/calendars`)).find((c) => c.name === name)!.id;

  it('says why a linked provider shows 0 appointments', async () => {
    await disconnectHealthie(env.server);
    const { provider } = await env.server.sandboxRequest<{ provider: { id: string } }>('POST', '/_sandbox/providers', {
      first_name: 'Nora',
      last_name: 'Quinn',
      email: 'nora.quinn@harborfamilyhealth.example.com',
    });
    expect(provider.id).toBeTruthy();
    const page = await env.signedInPage();
    await installHealthie(page, env.server.sandbox.apiKeys[0]!.key, env.server.sandbox.url);
    await page.getByRole('tab', { name: 'Calendar Sync' }).click();
    await linkCalendar(page, 'Nutrition', /Nora Quinn/);

    const table = page.getByRole('table', { name: 'Linked calendars' });
    await table.getByText('The sync found 0 appointments').waitFor({ timeout: 30_000 });
    await table.getByText('Only future appointments are synced').waitFor();

    await table.getByRole('button', { name: 'Unlink Nutrition' }).click();
    await page.getByRole('dialog', { name: 'Unlink Nutrition?' }).getByRole('button', { name: 'Unlink' }).click();
    await page.getByText('No calendar is linked to a Healthie provider yet.').waitFor();
  });

  it("links a calendar to a provider, shows its appointments, picks up a change made in Healthie as it happens, and unlinks", async () => {
    await connectHealthie(env.server);
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=calendar-sync`);
    await linkCalendar(page, 'Primary Care', /Amelia Hart/);

    const row = page.getByRole('table', { name: 'Linked calendars' }).getByRole('row', { name: 'Primary Care' });
    await row.getByText('Amelia Hart').waitFor();
    await row.getByText('Succeeded').waitFor({ timeout: 30_000 });
    const firstCounts = (await row.getByText(/fetched/).textContent())!;
    expect(Number(/(\d+) fetched/.exec(firstCounts)![1])).toBeGreaterThan(0);
    expect(firstCounts).toMatch(/[1-9]\d* created/);

    // The Calendars page's Sync tab lists it too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendars' }).click();
    await page.getByRole('tab', { name: 'Sync' }).click();
    await page.getByRole('table', { name: 'Linked calendars' }).getByRole('row', { name: 'Primary Care' }).getByText('Succeeded').waitFor();

    // The synced appointments appear in the calendar, with Healthie's appointment types.
    const primaryId = await calendarId('Primary Care');
    await page.getByRole('table', { name: 'Linked calendars' }).getByRole('link', { name: 'Primary Care' }).click();
    await showView(page, 'List');
    const events = calendarEvents(page);
    await events.first().waitFor();

    // Someone cancels an upcoming appointment in Healthie: Healthie's webhook brings the change in by itself.
    const upcoming = await env.server.request<CalendarEvent[]>('GET', `/api/v1/workspaces/${WORKSPACE}/calendars/${primaryId}/events`);
    const target = upcoming.find((e) => e.status !== 'cancelled' && e.external)!;
    await env.server.sandboxRequest('PATCH', `/_sandbox/appointments/${target.external!.id}`, { pm_status: 'Cancelled' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Events' }).click();
    await showView(page, 'List');
    await events.filter({ hasText: target.title }).filter({ hasText: 'Cancelled' }).first().waitFor({ timeout: 15_000 });

    // Sync Now then finds nothing left to change.
    await page.getByRole('tab', { name: 'Settings' }).click();
    const link = page.getByRole('region', { name: 'Healthie link' });
    await link.getByRole('button', { name: 'Sync Now Primary Care' }).click();
    const history = link.getByRole('table', { name: 'Sync history of Primary Care' }).locator('tbody tr');
    await expect.poll(() => history.first().textContent(), { timeout: 30_000 }).toMatch(/manual.*Succeeded.*0 updated · 0 cancelled/i);

    // Unlink from the calendar's settings, after confirming; the events stay.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await link.getByRole('button', { name: 'Unlink Primary Care' }).click();
    await page.getByRole('dialog', { name: 'Unlink Primary Care?' }).getByRole('button', { name: 'Unlink' }).click();
    await link.getByRole('form', { name: 'Link a calendar' }).waitFor();
    await page.getByRole('tab', { name: 'Events' }).click();
    await showView(page, 'List');
    await events.first().waitFor();

    // Linked again from its settings: the card follows the run just started, without a reload.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await link.getByRole('combobox', { name: 'Healthie Provider' }).click();
    await page.getByRole('option', { name: /Amelia Hart/ }).click();
    await link.getByRole('button', { name: 'Link & Sync' }).click();
    await expect.poll(() => history.first().textContent(), { timeout: 30_000 }).toMatch(/initial.*Succeeded/i);
  });

  it("shows a running sync's progress live, on the Calendar Sync tab and on the calendar's settings", async () => {
    await connectHealthie(env.server);
    const ws = `/api/v1/workspaces/${WORKSPACE}`;
    const primaryId = await calendarId('Primary Care');
    const providers = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
    const linked = await env.server.request<{ run: { id: string } }>('PUT', `${ws}/calendars/${primaryId}/healthie-link`, { providerId: providers.find((p) => p.name === 'Amelia Hart')!.id });
    await expect.poll(async () => (await env.server.request<{ status: string }>('GET', `${ws}/calendars/${primaryId}/sync-runs/${linked.run.id}`)).status, { timeout: 30_000 }).toBe('succeeded');
    // Healthie answers slowly, so a Sync Now runs for a while.
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', { latencyMs: 4000 });
    await env.server.request('POST', `${ws}/calendars/${primaryId}/sync`);

    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=calendar-sync`);
    const row = page.getByRole('table', { name: 'Linked calendars' }).getByRole('row', { name: 'Primary Care' });
    await row.getByRole('progressbar', { name: 'Sync of Primary Care' }).waitFor();
    await row.getByText(/^\d+( of \d+)? fetched · \d+ created · \d+ updated$/).waitFor({ timeout: 30_000 });

    await page.goto(`/w/${WORKSPACE}/calendars/${primaryId}?tab=settings`);
    const link = page.getByRole('region', { name: 'Healthie link' });
    await link.getByRole('progressbar', { name: 'Sync of Primary Care' }).waitFor();
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', {});
    // Polled until it ends: the outcome replaces the bar without a reload.
    const latest = link.getByRole('table', { name: 'Sync history of Primary Care' }).locator('tbody tr').first();
    await latest.getByText('Succeeded').waitFor({ timeout: 30_000 });
    expect(await link.getByRole('progressbar').count()).toBe(0);
  });

  it('offers a provider another calendar follows as taken, naming that calendar', async () => {
    await connectHealthie(env.server);
    const ws = `/api/v1/workspaces/${WORKSPACE}`;
    const providers = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
    const amelia = providers.find((p) => p.name === 'Amelia Hart')!;
    await env.server.request('PUT', `${ws}/calendars/${await calendarId('Primary Care')}/healthie-link`, { providerId: amelia.id });
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=calendar-sync`);
    await page.getByRole('combobox', { name: 'Healthie Provider' }).click();
    const taken = page.getByRole('option', { name: /Amelia Hart/ });
    await taken.getByText('Already linked to Primary Care').waitFor();
    expect(await taken.getAttribute('aria-disabled')).toBe('true');
    const free = page.getByRole('option').filter({ hasNotText: 'Already linked' }).first();
    expect(await free.getAttribute('aria-disabled')).not.toBe('true');
  });
});
