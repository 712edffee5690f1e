// Regenerates docs/screenshots/*.png, one per screen of the UI, from a throwaway server (embedded
// database, demo clinic, embedded Healthie sandbox) driven through the UI as a person would.
// Run with `npm run screenshots`; `npm run screenshots -- calendar-list member` writes only those
// (the whole journey still runs: each screen needs what came before it).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ensureWebBuilt } from '../e2e/support/build-web.ts';
import { calendarEvents, showView, type CalendarView } from '../e2e/support/calendar-steps.ts';
import { launchChromium } from '../e2e/support/chromium.ts';
import { installHealthie, linkCalendar, submitHealthieKey } from '../e2e/support/healthie-steps.ts';
import { signIn } from '../e2e/support/sign-in.ts';
import { startTestServer, WORKSPACE, type TestServer } from '../e2e/support/test-server.ts';

const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const LAPTOP = { width: 1280, height: 860 };
const TABLET = { width: 768, height: 1024 };
// Mantine's dialogs and tabs fade in; a shot taken mid-transition looks washed out.
const SETTLE_MS = 400;

/** `whileBusy`: the page polls (a running sync), so it is never idle on the network. */
type Shoot = (name: string, options?: { whileBusy?: boolean }) => Promise<void>;

/** The screens named on the command line; none named: all. */
const wanted = new Set(process.argv.slice(2));

function shooter(page: Page): Shoot {
  return async (name, { whileBusy = false } = {}) => {
    if (!whileBusy) await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    if (wanted.size > 0 && !wanted.has(name)) return;
    await page.screenshot({ path: join(outDir, `${name}.png`) });
    process.stdout.write(`  docs/screenshots/${name}.png\n`);
  };
}

async function membersScreens(page: Page, shoot: Shoot): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await page.getByText('members', { exact: false }).first().waitFor();
  await shoot('members');

  const csv = join(await mkdtemp(join(tmpdir(), 'screenshots-')), 'members.csv');
  await writeFile(csv, 'firstName,lastName,email,phone\nNia,Long,nia.long@example.com,\nNobody,Reachable,,\nMaria,Lopez,MARIA.LOPEZ@example.com,\n');
  await page.getByRole('button', { name: 'Import' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('CSV file').click()]);
  await chooser.setFiles(csv);
  await page.getByRole('button', { name: /^Import \d+ rows$/ }).click();
  await page.getByText('Import finished').waitFor();
  await shoot('members-import');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Add member' }).click();
  const adding = page.getByRole('dialog', { name: 'Add member' });
  await adding.getByLabel('First name').fill('Maria');
  await adding.getByLabel('Email').fill('maria.lopez@example.com');
  await adding.getByText('Already in this workspace').waitFor();
  await shoot('members-add-warning');
  await adding.getByRole('button', { name: 'Cancel' }).click();

  await page.getByLabel('Search members').fill('Maria Lopez');
  await page.getByRole('link', { name: 'Maria Lopez' }).click();
  await page.getByRole('heading', { name: 'Maria Lopez' }).waitFor();
  await shoot('member');
}

async function healthieScreens(page: Page, shoot: Shoot, server: TestServer): Promise<void> {
  const { url: sandboxUrl, apiKeys } = server.sandbox;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'App Connections' }).click();
  await page.getByRole('tab', { name: 'Directory' }).click();
  await page.getByRole('article', { name: 'Healthie' }).waitFor();
  await shoot('app-connections-directory');

  await page.getByRole('button', { name: 'Install' }).click();
  await submitHealthieKey(page, 'not-a-real-healthie-key', sandboxUrl);
  await page.getByRole('dialog').getByRole('alert').waitFor();
  await shoot('healthie-connect-wrong-key');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await installHealthie(page, apiKeys[0]!.key, sandboxUrl);
  await page.getByRole('table', { name: 'Healthie providers' }).waitFor();
  await shoot('healthie-overview');

  await page.getByRole('tab', { name: 'Calendar Sync' }).click();
  await linkCalendar(page, 'Primary Care', /Amelia Hart/);
  const row = page.getByRole('row', { name: 'Primary Care' });
  await row.getByText('Succeeded').waitFor({ timeout: 60_000 });
  await shoot('healthie-calendar-sync');

  // Healthie answering slowly keeps a Sync Now running long enough to see its progress.
  await server.sandboxRequest('PUT', '/_sandbox/faults', { latencyMs: 2000 });
  await row.getByRole('button', { name: 'Sync Now Primary Care' }).click();
  await row.getByText('Syncing').waitFor();
  await shoot('healthie-sync-progress', { whileBusy: true });
  await server.sandboxRequest('PUT', '/_sandbox/faults', {});
  await row.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });

  await page.getByRole('tab', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Find Matching Records' }).click();
  await page.getByRole('button', { name: 'Find Matching Healthie Records' }).click();
  await page.getByRole('dialog').getByText(/matches|no results|could not/i).first().waitFor({ timeout: 30_000 });
  await shoot('healthie-find-matches');
  // Linked members give the calendars' events their names; a card with something to check stays.
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Link All', exact: true }).click();
  await dialog.getByRole('alert').filter({ hasText: 'Link All can be taken back' }).waitFor({ timeout: 30_000 });
  const flagged = dialog.locator('article[data-flagged]').first();
  if ((await flagged.count()) > 0) {
    await flagged.scrollIntoViewIfNeeded();
    await shoot('healthie-match-check');
  }
  await page.keyboard.press('Escape');
  // Its notification would stand over the next screens.
  await page.getByText(/^Linked \d+ members? to Healthie patients/).waitFor({ state: 'hidden', timeout: 15_000 });
  await page.getByRole('table', { name: 'Linked members' }).getByText(/^Healthie patient \d+/).first().waitFor();
  await shoot('healthie-members-linked');
}

async function calendarScreens(page: Page, shoot: Shoot): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendars' }).click();
  await page.getByRole('table', { name: 'Calendars' }).waitFor();
  await shoot('calendars');
  await page.getByRole('button', { name: 'Create Calendar' }).click();
  await shoot('calendar-create');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Primary Care' }).click();
  await calendarEvents(page).first().waitFor();
  for (const view of ['Week', 'Month', 'List'] satisfies CalendarView[]) {
    await showView(page, view);
    await shoot(`calendar-${view.toLowerCase()}`);
  }
  await calendarEvents(page).filter({ hasNotText: 'No linked member' }).first().click();
  await page.getByRole('dialog').getByRole('link').waitFor();
  await shoot('calendar-event-details');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  // The day of the first appointment listed, through the list's link to that day.
  await page.getByRole('tabpanel', { name: 'Events' }).getByRole('link', { name: /^Go to \w+ \d+, \d{4}$/ }).first().click();
  await page.getByRole('tab', { name: 'Day view', selected: true }).waitFor();
  await shoot('calendar-day');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await shoot('calendar-settings');
}

async function errorScreens(page: Page, shoot: Shoot, server: TestServer): Promise<void> {
  await server.sandboxRequest('POST', `/_sandbox/api-keys/${server.sandbox.apiKeys[0]!.key}/revoke`);
  await page.goto(`/w/${WORKSPACE}/app-connections/healthie`);
  await page.getByRole('button', { name: 'Check now' }).click();
  await page.getByText('Connection shows Error', { exact: true }).waitFor();
  await shoot('healthie-error');
}

/** The same product at tablet width (768 px, a portrait iPad), the narrowest with the sidebar open. */
async function tabletScreens(page: Page, shoot: Shoot): Promise<void> {
  await page.goto(`/w/${WORKSPACE}/members`);
  await page.getByRole('table', { name: 'Members' }).waitFor();
  await shoot('tablet-members');
  await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=calendar-sync`);
  await page.getByRole('table', { name: 'Linked calendars' }).waitFor();
  await shoot('tablet-healthie-calendar-sync');
  await page.getByRole('link', { name: 'Primary Care' }).click();
  await page.getByRole('tab', { name: 'Week view', selected: true }).waitFor();
  await shoot('tablet-calendar-week');
}

async function main(): Promise<void> {
  ensureWebBuilt();
  await mkdir(outDir, { recursive: true });
  const [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  try {
    const laptop = await browser.newContext({ baseURL: server.url, viewport: LAPTOP, timezoneId: 'America/New_York' });
    const page = await laptop.newPage();
    const shoot = shooter(page);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shoot('sign-in');
    await signIn(page);
    await membersScreens(page, shoot);
    await healthieScreens(page, shoot, server);
    await calendarScreens(page, shoot);

    const tablet = await browser.newContext({ baseURL: server.url, viewport: TABLET, timezoneId: 'America/New_York' });
    const tabletPage = await tablet.newPage();
    await signIn(tabletPage);
    await tabletScreens(tabletPage, shooter(tabletPage));

    await errorScreens(page, shoot, server);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
