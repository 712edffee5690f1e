import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calendarEvents, closeDetails, detailsOf, showView } from './support/calendar-steps.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { healthieAppointment } from './support/healthie-appointment.ts';
import { connectHealthie, linkCalendarToProvider, linkProposedMembers } from './support/healthie-state.ts';
import { tomorrowInNewYork } from './support/new-york-time.ts';
import { signIn } from './support/sign-in.ts';
import { WORKSPACE, type TestServer } from './support/test-server.ts';

const ws = `/api/v1/workspaces/${WORKSPACE}`;

interface LinkedMember {
  firstName: string;
  lastName: string;
  patientId: string;
}

/** Healthie connected, members linked, Primary Care (New York) following Amelia Hart, pushing when told: its id and a linked member. */
async function primaryCareFollowingAmelia(server: TestServer, { pushing = false } = {}): Promise<{ calendarId: string; member: LinkedMember }> {
  await connectHealthie(server);
  await linkProposedMembers(server);
  const calendarId = await linkCalendarToProvider(server, 'Primary Care', 'Amelia Hart');
  if (pushing) await server.request('PATCH', `${ws}/calendars/${calendarId}/healthie-link`, { pushChanges: true });
  const [member] = await server.request<LinkedMember[]>('GET', `${ws}/healthie/member-links?limit=1`);
  return { calendarId, member: member! };
}

/** On a calendar's settings: flips Push changes to Healthie and waits for the word it was saved. */
async function turnPush(page: Page, state: 'on' | 'off'): Promise<void> {
  const link = page.getByRole('region', { name: 'Healthie link' });
  await link.getByRole('switch', { name: 'Push changes to Healthie' }).click();
  await page.getByText(`Primary Care · Push changes to Healthie: ${state}`).waitFor();
  expect(await link.getByRole('switch', { name: 'Push changes to Healthie' }).isChecked()).toBe(state === 'on');
}

/**
 * The Events tab's Day view on tomorrow. The appointments seeded in Healthie start from 8 AM, so the
 * early morning is free; each test books at an hour of its own, as the events of the one before stay.
 */
async function showTomorrow(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Events' }).click();
  await showView(page, 'Day');
  await page.getByRole('button', { name: 'Next day' }).click();
  return page.getByRole('tabpanel', { name: 'Events' });
}

/** A time's slot in the open Day view (the last of its two cells: the first is its label). */
const slot = (panel: Locator, time: string) => panel.locator(`[data-time="${time}"]`).last();

/** Clicks the day's column where it crosses a time's slot, as a person chooses a time. */
async function clickSlot(page: Page, panel: Locator, time: string): Promise<void> {
  const target = slot(panel, time);
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Drags an event by its top edge to a slot's top edge, as a person moves it with the mouse. */
async function dragToSlot(page: Page, event: Locator, target: Locator): Promise<void> {
  await event.scrollIntoViewIfNeeded();
  const from = (await event.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
  await page.mouse.up();
}

/** In the Book appointment dialog: a member found by their first name, then an appointment type. */
async function chooseMemberAndType(page: Page, dialog: Locator, member: LinkedMember, type: string): Promise<void> {
  await dialog.getByRole('combobox', { name: 'Member' }).fill(member.firstName);
  await page.getByRole('option', { name: new RegExp(`^${member.firstName} ${member.lastName}`) }).click();
  await dialog.getByRole('combobox', { name: 'Appointment type' }).click();
  await page.getByRole('option', { name: new RegExp(`^${type} \\(`) }).click();
}

/** In tomorrow's Day view: books a Follow-up Visit (30 min) with the member at the hour; the event as the calendar draws it. */
async function bookFollowUpAt(page: Page, panel: Locator, member: LinkedMember, hour: number): Promise<Locator> {
  await clickSlot(page, panel, `${String(hour).padStart(2, '0')}:00:00`);
  const dialog = page.getByRole('dialog', { name: 'Book appointment' });
  await chooseMemberAndType(page, dialog, member, 'Follow-up Visit');
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return calendarEvents(page).filter({ hasText: new RegExp(`(^|\\D)${hour}:00\\s–\\s${hour}:30`) });
}

const at = (iso: string | undefined) => (iso ? new Date(iso).getTime() : NaN);

describe('pushing appointments to Healthie', () => {
  const env = useE2eEnvironment();

  it('turns push on, books from a free time, moves the appointment by dragging it and cancels it: Healthie follows each step', async () => {
    const { calendarId, member } = await primaryCareFollowingAmelia(env.server);
    const name = `${member.firstName} ${member.lastName}`;
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}?tab=settings`);
    await turnPush(page, 'on');

    const panel = await showTomorrow(page);
    await clickSlot(page, panel, '05:00:00');
    const dialog = page.getByRole('dialog', { name: 'Book appointment' });
    await dialog.getByText(/^Starts .*, 5:00\sAM E[SD]T$/).waitFor();
    await chooseMemberAndType(page, dialog, member, 'Follow-up Visit');
    await dialog.getByText(/, for 30 min$/).waitFor();
    await dialog.getByRole('combobox', { name: 'Contact type' }).click();
    await page.getByRole('option', { name: 'Phone Call' }).click();
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Booked from the workspace');
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // It shows at once, and its marker turns to sent once Healthie has it.
    const booked = calendarEvents(page).filter({ hasText: /(^|\D)5:00\s–\s5:30/ });
    await booked.getByRole('img', { name: 'Sent to Healthie', exact: true }).waitFor({ timeout: 30_000 });
    await booked.click();
    const details = page.getByRole('dialog', { name: 'Follow-up Visit' });
    await details.getByText('Sent to Healthie', { exact: true }).waitFor();
    const shown = await detailsOf(details);
    expect(shown).toMatchObject({ Member: name, 'Contact type': 'Phone Call', Notes: 'Booked from the workspace', 'Push to Healthie': 'Sent to Healthie' });
    const appointmentId = shown['Healthie appointment ID']!;
    expect(await healthieAppointment(env.server, appointmentId)).toMatchObject({
      contact_type: 'Phone Call',
      notes: 'Booked from the workspace',
      user: { id: member.patientId },
      appointment_type: { name: 'Follow-up Visit' },
    });
    expect(at((await healthieAppointment(env.server, appointmentId))?.date)).toBe(tomorrowInNewYork(5).getTime());
    await closeDetails(page, details);

    // Dragged an hour later: Healthie's appointment moves, its length kept.
    await dragToSlot(page, booked, slot(panel, '06:00:00'));
    const moved = calendarEvents(page).filter({ hasText: /(^|\D)6:00\s–\s6:30/ });
    await moved.getByRole('img', { name: 'Sent to Healthie', exact: true }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => at((await healthieAppointment(env.server, appointmentId))?.date), { timeout: 15_000 }).toBe(tomorrowInNewYork(6).getTime());

    // Cancelled from its details, after saying what Healthie does with it (the calendar's default: mark it Cancelled).
    await moved.click();
    await details.getByRole('button', { name: 'Cancel appointment' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel Follow-up Visit?' });
    await confirm.getByText('Healthie will mark the appointment Cancelled.').waitFor();
    await confirm.getByRole('button', { name: 'Cancel appointment' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await detailsOf(details)).toMatchObject({ Status: 'CANCELLED' });
    expect(await details.getByRole('button', { name: 'Cancel appointment' }).count()).toBe(0);
    await expect.poll(async () => (await healthieAppointment(env.server, appointmentId))?.pm_status, { timeout: 30_000 }).toBe('Cancelled');
  });

  it('offers only the contact types an appointment type allows, and says at its field what a booking lacks', async () => {
    const { calendarId, member } = await primaryCareFollowingAmelia(env.server, { pushing: true });
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}`);
    const panel = await showTomorrow(page);
    await clickSlot(page, panel, '07:00:00');
    const dialog = page.getByRole('dialog', { name: 'Book appointment' });

    await chooseMemberAndType(page, dialog, member, 'Telehealth Check-in');
    await dialog.getByRole('combobox', { name: 'Contact type' }).click();
    expect(await page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual(['Healthie Video Call', 'Phone Call']);
    await page.getByRole('option', { name: 'Phone Call' }).click();

    // Annual Physical takes place in person only: it is chosen for it, and Healthie needs a location.
    await dialog.getByRole('combobox', { name: 'Appointment type' }).click();
    await page.getByRole('option', { name: /^Annual Physical \(/ }).click();
    expect(await dialog.getByRole('combobox', { name: 'Contact type' }).inputValue()).toBe('In Person');
    const location = dialog.getByRole('textbox', { name: 'Location ID' });
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await dialog.getByText('Healthie needs a location for an In Person appointment').waitFor();
    expect(await location.getAttribute('aria-invalid')).toBe('true');
    expect(await eventsStartingAt(env.server, calendarId, tomorrowInNewYork(7))).toBe(0);

    await location.fill('1');
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await calendarEvents(page).filter({ hasText: /(^|\D)7:00\s–\s7:45/ }).getByRole('img', { name: 'Sent to Healthie', exact: true }).waitFor({ timeout: 30_000 });
  });

  it('a change Healthie could not take shows as not sent, says why, and Retry sends it once Healthie takes it again', async () => {
    const { calendarId, member } = await primaryCareFollowingAmelia(env.server, { pushing: true });
    // Healthie answers every booking with a plain 404: a refusal, which waits for a person's Retry.
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', { notFoundOperations: ['CreateAppointment'] });
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}`);
    const panel = await showTomorrow(page);
    const booked = await bookFollowUpAt(page, panel, member, 4);

    await booked.getByRole('img', { name: 'Not sent to Healthie' }).waitFor({ timeout: 30_000 });
    await booked.click();
    const details = page.getByRole('dialog', { name: 'Follow-up Visit' });
    expect(await detailsOf(details)).toMatchObject({ 'Push to Healthie': expect.stringMatching(/^Not sent: Healthie API request failed: Healthie refused the request/), 'Healthie appointment ID': 'Not in Healthie yet' });

    await env.server.sandboxRequest('PUT', '/_sandbox/faults', {});
    await details.getByRole('button', { name: 'Retry' }).click();
    await details.getByText('Sent to Healthie', { exact: true }).waitFor({ timeout: 30_000 });
    const appointmentId = (await detailsOf(details))['Healthie appointment ID']!;
    expect(at((await healthieAppointment(env.server, appointmentId))?.date)).toBe(tomorrowInNewYork(4).getTime());
    expect(await booked.getByRole('img', { name: 'Sent to Healthie', exact: true }).count()).toBe(1);
  });

  it("with the availability check on, a booking outside the provider's hours is refused by Healthie, in words that say what to do", async () => {
    const { calendarId, member } = await primaryCareFollowingAmelia(env.server, { pushing: true });
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}?tab=settings`);
    const link = page.getByRole('region', { name: 'Healthie link' });
    await link.getByRole('switch', { name: "Check the provider's availability in Healthie" }).click();
    await page.getByText("Primary Care · Check the provider's availability in Healthie: on").waitFor();

    // Amelia Hart is available on weekdays from 9 AM: 1 AM is outside.
    const panel = await showTomorrow(page);
    const booked = await bookFollowUpAt(page, panel, member, 1);
    await booked.getByRole('img', { name: 'Not sent to Healthie' }).waitFor({ timeout: 30_000 });
    await booked.click();
    expect(await detailsOf(page.getByRole('dialog', { name: 'Follow-up Visit' }))).toMatchObject({
      'Push to Healthie': expect.stringMatching(/^Not sent: The provider is not available at this time in Healthie/),
    });
  });

  it('while Healthie is away a booking waits, saying which attempt comes next, and goes by itself once Healthie is back', async () => {
    const { calendarId, member } = await primaryCareFollowingAmelia(env.server, { pushing: true });
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', { errorRate: 1 });
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}`);
    const panel = await showTomorrow(page);
    const booked = await bookFollowUpAt(page, panel, member, 2);

    await booked.getByRole('img', { name: 'Waiting to send to Healthie' }).waitFor();
    await booked.click();
    const details = page.getByRole('dialog', { name: 'Follow-up Visit' });
    await details.getByText('Waiting to send to Healthie (attempt 2)').waitFor({ timeout: 30_000 });
    await details.getByText(/^Last attempt: Healthie API request failed: /).waitFor();

    await env.server.sandboxRequest('PUT', '/_sandbox/faults', {});
    await details.getByText('Sent to Healthie', { exact: true }).waitFor({ timeout: 30_000 });
    const appointmentId = (await detailsOf(details))['Healthie appointment ID']!;
    expect(at((await healthieAppointment(env.server, appointmentId))?.date)).toBe(tomorrowInNewYork(2).getTime());
  });

  it("leaves the push settings to calendar admins, and to no one while the connection shows Error", async () => {
    const { calendarId } = await primaryCareFollowingAmelia(env.server);
    await env.server.createUser({ email: 'scheduler@e2e-clinic.example', name: 'Sam Scheduler', password: 'scheduler-password-1', scopes: 'calendars:write members:read' });
    const scheduler = await env.openPage();
    await signIn(scheduler, 'scheduler@e2e-clinic.example', 'scheduler-password-1');
    await scheduler.goto(`/w/${WORKSPACE}/calendars/${calendarId}?tab=settings`);
    const link = scheduler.getByRole('region', { name: 'Healthie link' });
    await link.getByText('Only a calendar admin can change how this calendar pushes to Healthie.').waitFor();
    expect(await link.getByRole('switch', { name: 'Push changes to Healthie' }).isDisabled()).toBe(true);
    expect(await link.getByRole('combobox', { name: 'When cancelled here' }).isDisabled()).toBe(true);

    // The key is revoked in Healthie, and the connection's check finds it refused.
    await env.server.sandboxRequest('POST', `/_sandbox/api-keys/${env.server.sandbox.apiKeys[0]!.key}/revoke`);
    await env.server.request('POST', `${ws}/connections/healthie/check`);
    const admin = await env.signedInPage();
    await admin.goto(`/w/${WORKSPACE}/calendars`);
    await admin.getByRole('tab', { name: 'Sync' }).click();
    const row = admin.getByRole('table', { name: 'Linked calendars' }).getByRole('row', { name: 'Primary Care' });
    await row.getByRole('button', { name: 'Push settings' }).click();
    const settings = admin.getByRole('group', { name: 'Push to Healthie' });
    await settings.getByText('Not available while the connection shows Error').waitFor();
    expect(await settings.getByRole('switch', { name: 'Push changes to Healthie' }).isDisabled()).toBe(true);
  });

  it('books and moves from the keyboard too: Book appointment and Change appointment, starts typed in the calendar\'s zone, choices made with arrow keys', async () => {
    const { calendarId, member } = await primaryCareFollowingAmelia(env.server, { pushing: true });
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}`);
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.getByRole('button', { name: 'Book appointment' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Book appointment' });
    const startsAt = tomorrowInNewYork(2);
    const day = startsAt.toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
    await dialog.getByLabel('Start').fill(`${day}T02:00`);
    await dialog.getByText(/^Starts .*, 2:00\sAM E[SD]T$/).waitFor();
    const memberBox = dialog.getByRole('combobox', { name: 'Member' });
    await memberBox.focus();
    await page.keyboard.type(member.firstName);
    await page.getByRole('option', { name: new RegExp(`^${member.firstName} ${member.lastName}`) }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByRole('combobox', { name: 'Appointment type' }).focus();
    await page.keyboard.type('Follow');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByText(/, for 30 min$/).waitFor();
    await dialog.getByRole('combobox', { name: 'Contact type' }).focus();
    await page.keyboard.type('Phone');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await dialog.getByRole('combobox', { name: 'Contact type' }).inputValue()).toBe('Phone Call');
    await dialog.getByRole('button', { name: 'Book appointment' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await eventsStartingAt(env.server, calendarId, startsAt)).toBe(1);

    // Moved from its details, by keys too: a new start and notes; Healthie follows.
    await showTomorrow(page);
    const booked = calendarEvents(page).filter({ hasText: /(^|\D)2:00\s–\s2:30/ });
    await booked.getByRole('img', { name: 'Sent to Healthie', exact: true }).waitFor({ timeout: 30_000 });
    await booked.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: 'Follow-up Visit' });
    const appointmentId = (await detailsOf(details))['Healthie appointment ID']!;
    await details.getByRole('button', { name: 'Change appointment' }).press('Enter');
    const change = page.getByRole('dialog', { name: 'Change Follow-up Visit' });
    await change.getByLabel('Start').fill(`${day}T04:00`);
    await change.getByRole('textbox', { name: 'Notes' }).fill('Moved by keyboard');
    await change.getByRole('button', { name: 'Save changes' }).press('Enter');
    await change.waitFor({ state: 'hidden' });
    await expect.poll(async () => at((await healthieAppointment(env.server, appointmentId))?.date), { timeout: 15_000 }).toBe(tomorrowInNewYork(4).getTime());
    expect((await healthieAppointment(env.server, appointmentId))?.notes).toBe('Moved by keyboard');
  });

  it('with push off, choosing a time books nothing and an appointment cannot be cancelled here', async () => {
    const { calendarId } = await primaryCareFollowingAmelia(env.server);
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/calendars/${calendarId}`);
    const panel = await showTomorrow(page);
    await clickSlot(page, panel, '03:00:00');
    // The click chose the time (FullCalendar shows it) and nothing opened.
    await panel.getByText(/^3:00\s–\s3:30\s?AM$/).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await showView(page, 'List');
    await panel.locator('[data-status="booked"]').first().click();
    const details = page.getByRole('dialog').first();
    await details.getByRole('term').first().waitFor();
    expect(await details.getByRole('button', { name: 'Cancel appointment' }).count()).toBe(0);
  });
});

/** How many of the calendar's events start at this instant. */
async function eventsStartingAt(server: TestServer, calendarId: string, startsAt: Date): Promise<number> {
  const events = await server.request<Array<{ startsAt: string }>>('GET', `${ws}/calendars/${calendarId}/events`);
  return events.filter((e) => at(e.startsAt) === startsAt.getTime()).length;
}
