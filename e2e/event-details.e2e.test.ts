import { describe, expect, it } from 'vitest';
import { calendarEvents, closeDetails, detailsOf, showView } from './support/calendar-steps.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie, linkProposedMembers } from './support/healthie-state.ts';
import { linkCalendar } from './support/healthie-steps.ts';
import { WORKSPACE, type TestServer } from './support/test-server.ts';

const ws = `/api/v1/workspaces/${WORKSPACE}`;

interface LinkedMember {
  id: string;
  firstName: string;
  lastName: string;
  patientId: string;
}

/** Tomorrow in New York (the calendar's zone): its date, and whether it starts a new week (Sunday). */
function tomorrowInNewYork(): { date: string; startsWeek: boolean } {
  const tomorrow = new Date(Date.now() + 86_400_000);
  return {
    date: tomorrow.toLocaleDateString('en-CA', { timeZone: 'America/New_York' }),
    startsWeek: tomorrow.toLocaleDateString('en-US', { timeZone: 'America/New_York', weekday: 'long' }) === 'Sunday',
  };
}

/** Books an appointment with Amelia Hart tomorrow at `time` New York time, as someone would in Healthie; its id. */
async function bookTomorrow(server: TestServer, input: { patientId: string; type: string; contactType: string; time: string }): Promise<string> {
  const providers = await server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
  const types = await server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/appointment-types`);
  const { appointment } = await server.sandboxRequest<{ appointment: { id: string } }>('POST', '/_sandbox/appointments', {
    user_id: input.patientId,
    other_party_id: providers.find((p) => p.name === 'Amelia Hart')!.id,
    appointment_type_id: types.find((t) => t.name === input.type)!.id,
    contact_type: input.contactType,
    datetime: `${tomorrowInNewYork().date} ${input.time}:00`,
    timezone: 'America/New_York',
  });
  return appointment.id;
}

describe('event details', () => {
  const env = useE2eEnvironment();

  it("opens an event's details from Week and List views, and its member link leads to the member", async () => {
    await connectHealthie(env.server);
    expect(await linkProposedMembers(env.server)).toBeGreaterThan(0);
    const [member] = await env.server.request<LinkedMember[]>('GET', `${ws}/healthie/member-links`);
    const name = `${member!.firstName} ${member!.lastName}`;
    const visit = await bookTomorrow(env.server, { patientId: member!.patientId, type: 'Follow-up Visit', contactType: 'Healthie Video Call', time: '12:15' });
    // A patient no member is linked to.
    const { patient } = await env.server.sandboxRequest<{ patient: { id: string } }>('POST', '/_sandbox/patients', { first_name: 'Walk', last_name: 'In', email: 'walk.in@example.com' });
    const walkIn = await bookTomorrow(env.server, { patientId: patient.id, type: 'Telehealth Check-in', contactType: 'Phone Call', time: '14:15' });

    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=calendar-sync`);
    await linkCalendar(page, 'Primary Care', /Amelia Hart/);
    const row = page.getByRole('table', { name: 'Linked calendars' }).getByRole('row', { name: 'Primary Care' });
    await row.getByText('Succeeded').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Linked calendars' }).getByRole('link', { name: 'Primary Care' }).click();

    const events = calendarEvents(page);
    const details = page.getByRole('dialog', { name: 'Follow-up Visit' });
    const expected = {
      Member: name,
      'Appointment type': 'Follow-up Visit',
      Start: expect.stringMatching(/, 12:15\sPM E[SD]T$/),
      End: expect.stringMatching(/, 12:45\sPM E[SD]T$/),
      Duration: '30 min',
      Status: 'BOOKED',
      'Contact type': 'Healthie Video Call',
      'Healthie appointment ID': visit,
      'Last synced': expect.stringMatching(/just now|minute/),
    };

    // Week view: the chip names the member; a click opens the details.
    await showView(page, 'Week');
    if (tomorrowInNewYork().startsWeek) await page.getByRole('button', { name: 'Next week' }).click();
    const chip = events.filter({ hasText: /12:15\s–\s12:45/ }).filter({ hasText: 'Follow-up Visit' });
    expect(await chip.innerText()).toContain(name);
    await chip.click();
    await details.waitFor();
    expect(await detailsOf(details)).toEqual(expected);
    await closeDetails(page, details);

    // List view: a row says member, type and duration once each; the keyboard opens it.
    await showView(page, 'List');
    const listRow = events.filter({ hasText: /12:15\s–\s12:45/ });
    expect(await listRow.innerText()).toMatch(new RegExp(`^12:15\\s–\\s12:45\\s?PM\\s+${name}\\s+Follow-up Visit\\s+30 min\\s+Booked$`));
    await listRow.focus();
    await page.keyboard.press('Enter');
    await details.waitFor();
    expect(await detailsOf(details)).toEqual(expected);
    await closeDetails(page, details);

    const walkInRow = events.filter({ hasText: /2:15\s–\s2:30/ });
    expect(await walkInRow.innerText()).toMatch(/^2:15\s–\s2:30\s?PM\s+No linked member\s+Telehealth Check-in\s+15 min\s+Booked$/);
    await walkInRow.click();
    const walkInDetails = page.getByRole('dialog', { name: 'Telehealth Check-in' });
    await walkInDetails.waitFor();
    expect(await detailsOf(walkInDetails)).toMatchObject({ Member: 'No linked member', 'Contact type': 'Phone Call', 'Healthie appointment ID': walkIn });
    expect(await walkInDetails.getByRole('link').count()).toBe(0);
    await closeDetails(page, walkInDetails);

    // The member link leads to the member's page, which lists the appointment and opens the same details.
    await listRow.click();
    await details.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(page.url()).toContain(`/w/${WORKSPACE}/members/${member!.id}`);
    const upcoming = page.getByRole('table', { name: 'Upcoming appointments' });
    await upcoming.getByRole('button', { name: 'Follow-up Visit' }).first().waitFor();
    const ours = upcoming.getByRole('row').filter({ hasText: /12:15\sPM/ });
    await ours.getByRole('button', { name: 'Follow-up Visit' }).click();
    await details.waitFor();
    expect(await detailsOf(details)).toMatchObject({ 'Healthie appointment ID': visit, Duration: '30 min', 'Contact type': 'Healthie Video Call' });
  });
});
