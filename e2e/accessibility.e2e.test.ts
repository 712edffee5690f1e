import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/accessibility.ts';
import { showView, type CalendarView } from './support/calendar-steps.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie, linkCalendarToProvider, linkProposedMembers } from './support/healthie-state.ts';
import { tomorrowInNewYork } from './support/new-york-time.ts';
import { WORKSPACE } from './support/test-server.ts';

const ws = `/api/v1/workspaces/${WORKSPACE}`;
const titled = (...parts: string[]) => [...parts, 'Demo Clinic', 'healthie-connect'].join(' · ');

interface Calendar {
  id: string;
  name: string;
}

describe('accessibility of the main screens (WCAG 2.1 AA, axe)', () => {
  const env = useE2eEnvironment();

  it('sign-in', async () => {
    const page = await env.openPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in · healthie-connect');
    await expectNoSeriousViolations(page, 'sign-in');
  });

  it("App Connections and the Healthie page's Overview, Calendar Sync and Members tabs", async () => {
    await connectHealthie(env.server);
    await linkProposedMembers(env.server);
    const calendars = await env.server.request<Calendar[]>('GET', `${ws}/calendars`);
    const providers = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
    const primary = calendars.find((c) => c.name === 'Primary Care')!;
    await env.server.request('PUT', `${ws}/calendars/${primary.id}/healthie-link`, { providerId: providers.find((p) => p.name === 'Amelia Hart')!.id });

    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections`);
    await page.getByRole('article', { name: 'Healthie' }).getByText('Connected').waitFor();
    expect(await page.title()).toBe(titled('App Connections'));
    await expectNoSeriousViolations(page, 'App Connections');

    await page.getByRole('article', { name: 'Healthie' }).getByRole('link', { name: 'Manage' }).click();
    await page.getByRole('table', { name: 'Healthie providers' }).waitFor();
    await page.getByRole('region', { name: 'Real-time sync' }).getByRole('heading').waitFor();
    expect(await page.title()).toBe(titled('Healthie'));
    await expectNoSeriousViolations(page, 'Healthie › Overview');

    await page.getByRole('tab', { name: 'Calendar Sync' }).click();
    await page.getByRole('table', { name: 'Linked calendars' }).getByRole('row', { name: 'Primary Care' }).getByText('Succeeded').waitFor({ timeout: 30_000 });
    await expectNoSeriousViolations(page, 'Healthie › Calendar Sync');

    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('table', { name: 'Linked members' }).waitFor();
    await expectNoSeriousViolations(page, 'Healthie › Members');
  });

  it("a calendar's Day, Week, Month and List views, and the calendars list", async () => {
    const calendar = await env.server.request<Calendar>('POST', `${ws}/calendars`, { name: 'Accessibility Review', timezone: 'America/New_York' });
    for (const [i, status] of ['booked', 'confirmed', 'completed', 'no_show', 'cancelled'].entries()) {
      const startsAt = tomorrowInNewYork(10 + i);
      await env.server.request('POST', `${ws}/calendars/${calendar.id}/events`, {
        title: `Visit ${i + 1}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
        status,
      });
    }

    const page = await env.signedInPage({ timezoneId: 'America/New_York' });
    await page.goto(`/w/${WORKSPACE}/calendars`);
    await page.getByRole('table', { name: 'Calendars' }).getByRole('link', { name: 'Accessibility Review' }).waitFor();
    expect(await page.title()).toBe(titled('Calendars'));
    await expectNoSeriousViolations(page, 'calendars list');

    await page.getByRole('link', { name: 'Accessibility Review' }).click();
    await page.getByRole('heading', { name: 'Accessibility Review' }).waitFor();
    expect(await page.title()).toBe(titled('Accessibility Review', 'Calendars'));
    for (const view of ['Day', 'Week', 'Month', 'List'] satisfies CalendarView[]) {
      await showView(page, view);
      if (view === 'Day') await page.getByRole('button', { name: 'Next day' }).click();
      await page.getByRole('tabpanel', { name: 'Events' }).locator('[data-status]').first().waitFor();
      await expectNoSeriousViolations(page, `calendar › ${view} view`);
    }
  });

  it("a calendar that pushes to Healthie: its push settings, events marked sent and not sent, an event's push state and the booking dialog", async () => {
    await connectHealthie(env.server);
    await linkProposedMembers(env.server);
    const calendarId = await linkCalendarToProvider(env.server, 'Primary Care', 'Amelia Hart');
    await env.server.request('PATCH', `${ws}/calendars/${calendarId}/healthie-link`, { pushChanges: true });
    const [member] = await env.server.request<Array<{ id: string }>>('GET', `${ws}/healthie/member-links?limit=1`);
    const types = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/calendars/${calendarId}/event-types`);
    const book = (hour: number) =>
      env.server.request<{ id: string }>('POST', `${ws}/calendars/${calendarId}/events`, {
        memberId: member!.id,
        eventTypeId: types.find((t) => t.name === 'Follow-up Visit')!.id,
        startsAt: tomorrowInNewYork(hour).toISOString(),
        contactType: 'Phone Call',
      });
    const first = await book(6);
    // The first booking reaches Healthie before Healthie starts refusing: the second is refused.
    const pushState = async () => {
      const events = await env.server.request<Array<{ id: string; push: { state: string } | null }>>('GET', `${ws}/calendars/${calendarId}/events?from=${tomorrowInNewYork(0).toISOString()}`);
      return events.find((e) => e.id === first.id)?.push?.state;
    };
    await expect.poll(pushState, { timeout: 30_000 }).toBe('pushed');
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', { notFoundOperations: ['CreateAppointment'] });
    await book(7);

    const page = await env.signedInPage({ timezoneId: 'America/New_York' });
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}?tab=settings`);
    await page.getByRole('switch', { name: 'Push changes to Healthie', checked: true }).waitFor();
    await expectNoSeriousViolations(page, 'calendar settings › Push to Healthie');

    await page.getByRole('tab', { name: 'Events' }).click();
    await showView(page, 'Day');
    await page.getByRole('button', { name: 'Next day' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Events' });
    await panel.getByRole('img', { name: 'Sent to Healthie', exact: true }).waitFor({ timeout: 30_000 });
    await panel.getByRole('img', { name: 'Not sent to Healthie' }).waitFor({ timeout: 30_000 });
    await expectNoSeriousViolations(page, 'calendar › push markers');

    await panel.locator('[data-status]').filter({ has: page.getByRole('img', { name: 'Not sent to Healthie' }) }).click();
    await page.getByRole('dialog', { name: 'Follow-up Visit' }).getByRole('button', { name: 'Retry' }).waitFor();
    await expectNoSeriousViolations(page, "calendar › an event's push state");
    await page.getByRole('button', { name: 'Close details' }).click();

    const free = panel.locator('[data-time="05:00:00"]').last();
    await free.scrollIntoViewIfNeeded();
    const box = (await free.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('dialog', { name: 'Book appointment' }).getByRole('combobox', { name: 'Member' }).waitFor();
    await expectNoSeriousViolations(page, 'calendar › Book appointment');
  });

  it('the members list and a member page', async () => {
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/members`);
    await page.getByRole('table', { name: 'Members' }).waitFor();
    expect(await page.title()).toBe(titled('Members'));
    await expectNoSeriousViolations(page, 'members list');

    const member = page.getByRole('table', { name: 'Members' }).getByRole('link').first();
    const name = (await member.textContent())!;
    await member.click();
    await page.getByRole('heading', { name }).waitFor();
    await page.getByRole('table', { name: 'Member fields' }).or(page.getByText('No other fields.')).waitFor();
    expect(await page.title()).toBe(titled(name, 'Members'));
    await expectNoSeriousViolations(page, 'member page');
  });
});
