import { describe, expect, it } from 'vitest';
import { calendarEvents, showView } from './support/calendar-steps.ts';
import { TABLET, useE2eEnvironment } from './support/e2e-environment.ts';
import { tomorrowInNewYork } from './support/new-york-time.ts';
import { WORKSPACE } from './support/test-server.ts';

interface Calendar {
  id: string;
  name: string;
}

describe('calendars', () => {
  const env = useE2eEnvironment();

  it('creates a calendar and changes its settings', async () => {
    const page = await env.signedInPage({ viewport: TABLET });
    await page.getByRole('link', { name: 'Calendars' }).click();
    await page.getByRole('table', { name: 'Calendars' }).getByRole('link', { name: 'Primary Care' }).waitFor();

    await page.getByRole('button', { name: 'Create Calendar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create Calendar' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Physiotherapy');
    await dialog.getByRole('combobox', { name: 'Time zone' }).fill('America/Denver');
    await page.getByRole('option', { name: 'America/Denver' }).click();
    await dialog.getByRole('button', { name: 'Create Calendar' }).click();

    await page.getByRole('heading', { name: 'Physiotherapy' }).waitFor();
    await page.getByText('Times in America/Denver').waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Description' }).fill('Sports injuries');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Sports injuries').first().waitFor();

    await page.getByRole('link', { name: '← Calendars' }).click();
    await page.getByRole('table', { name: 'Calendars' }).getByRole('link', { name: 'Physiotherapy' }).waitFor();
    // The new calendar has no event types (other calendars' may be listed).
    await page.getByRole('tab', { name: 'Event Types' }).click();
    const types = page.getByRole('tabpanel', { name: 'Event Types' });
    await types.getByText('No event types yet').or(types.getByRole('table', { name: 'Event types' })).waitFor();
    expect(await types.getByRole('row').filter({ hasText: 'Physiotherapy' }).count()).toBe(0);
  });

  it("shows a calendar's events in Day, Week, Month and List views, in the calendar's time zone", async () => {
    const calendars = await env.server.request<Calendar[]>('GET', `/api/v1/workspaces/${WORKSPACE}/calendars`);
    const primary = calendars.find((c) => c.name === 'Primary Care')!;
    const base = `/api/v1/workspaces/${WORKSPACE}/calendars/${primary.id}`;
    const type = await env.server.request<{ id: string }>('POST', `${base}/event-types`, { name: 'Initial Consultation', durationMinutes: 45 });
    const event = (title: string, hour: number, status: string) => {
      const startsAt = tomorrowInNewYork(hour);
      return env.server.request('POST', `${base}/events`, {
        title,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
        status,
        eventTypeId: type.id,
      });
    };
    await event('Checkup with Maria', 10, 'confirmed');
    await event('Follow-up with James', 14, 'cancelled');
    await event('Review with Priya', 16, 'no_show');

    // A browser on the other side of the world still shows New York times.
    const page = await env.signedInPage({ timezoneId: 'Asia/Tokyo' });
    await page.goto(`/w/${WORKSPACE}/calendars/${primary.id}`);
    await page.getByRole('heading', { name: 'Primary Care' }).waitFor();

    const events = calendarEvents(page);
    await showView(page, 'Day');
    await page.getByRole('button', { name: 'Next day' }).click();
    const checkup = events.filter({ hasText: 'Checkup with Maria' });
    await checkup.waitFor();
    expect(await checkup.innerText()).toMatch(/^10:00\s–\s10:45\s?AM\s+Checkup with Maria\s+Initial Consultation · Confirmed$/);
    expect(await checkup.getAttribute('data-status')).toBe('confirmed');
    expect(await events.filter({ hasText: 'Follow-up with James' }).innerText()).toMatch(/2:00\s–\s2:45\s?PM[\s\S]*Initial Consultation · Cancelled/);
    // The time grid draws the event where its New York hour is.
    const slot = page.locator('[data-time="10:00:00"]').first();
    expect(Math.abs((await checkup.boundingBox())!.y - (await slot.boundingBox())!.y)).toBeLessThan(4);

    await showView(page, 'Week');
    expect(await events.filter({ hasText: 'Review with Priya' }).innerText()).toMatch(/4:00\s–\s4:45\s?PM[\s\S]*No Show/);

    await showView(page, 'Month');
    await events.filter({ hasText: 'Checkup with Maria' }).waitFor();
    expect(await events.count()).toBe(3);
    expect(await events.first().textContent()).toMatch(/^10:00\s?AM Checkup with Maria · Initial Consultation · Confirmed$/);

    // The List in columns: time, member, what (the title, and the type where it says more), duration, status.
    await showView(page, 'List');
    await events.first().waitFor();
    expect(await events.allInnerTexts()).toEqual([
      expect.stringMatching(/^10:00\s–\s10:45\s?AM\s+No linked member\s+Checkup with Maria · Initial Consultation\s+45 min\s+Confirmed$/),
      expect.stringMatching(/^2:00\s–\s2:45\s?PM\s+No linked member\s+Follow-up with James · Initial Consultation\s+45 min\s+Cancelled$/),
      expect.stringMatching(/^4:00\s–\s4:45\s?PM\s+No linked member\s+Review with Priya · Initial Consultation\s+45 min\s+No Show$/),
    ]);
  });
});
