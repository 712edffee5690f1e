import { describe, expect, it } from 'vitest';
import { TABLET, useE2eEnvironment } from './support/e2e-environment.ts';
import { WORKSPACE } from './support/test-server.ts';

interface Calendar {
  id: string;
  name: string;
}

/** The UTC instant of a wall-clock time tomorrow in New York (offset found by trying both). */
function tomorrowInNewYork(hour: number): Date {
  const now = new Date();
  const day = new Date(now.getTime() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
  for (const offset of ['-05:00', '-04:00']) {
    const candidate = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00${offset}`);
    const shown = candidate.toLocaleTimeString('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' });
    if (Number(shown) === hour) return candidate;
  }
  throw new Error('no New York offset fits');
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
    await page.getByRole('tab', { name: 'Event Types' }).click();
    await page.getByText('No event types yet').waitFor();
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

    await page.getByText('Day', { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const day = page.getByRole('region', { name: 'Day view' });
    const checkup = day.getByRole('listitem', { name: /^10:00 AM – 10:45 AM, Checkup with Maria, Initial Consultation, Confirmed$/ });
    await checkup.waitFor();
    expect(await checkup.getAttribute('data-status')).toBe('confirmed');
    await day.getByRole('listitem', { name: /Follow-up with James, Initial Consultation, Cancelled/ }).waitFor();

    await page.getByText('Week', { exact: true }).click();
    await page.getByRole('region', { name: 'Week view' }).getByRole('listitem', { name: /Review with Priya.*No Show/ }).waitFor();

    await page.getByText('Month', { exact: true }).click();
    const month = page.getByRole('region', { name: 'Month view' });
    await month.getByRole('listitem', { name: /Checkup with Maria/ }).waitFor();
    expect(await month.getByRole('listitem').count()).toBe(3);

    await page.getByText('List', { exact: true }).click();
    const rows = page.getByRole('table', { name: 'Events' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/10:00 AM – 10:45 AM\s+Checkup with Maria\s+Initial Consultation\s+Confirmed/i),
      expect.stringMatching(/2:00 PM – 2:45 PM\s+Follow-up with James\s+Initial Consultation\s+Cancelled/i),
      expect.stringMatching(/4:00 PM – 4:45 PM\s+Review with Priya\s+Initial Consultation\s+No Show/i),
    ]);
  });
});
