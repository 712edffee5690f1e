import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie } from './support/healthie-state.ts';
import { WORKSPACE } from './support/test-server.ts';

/** Opens Find Matching Records from the Members tab and runs it; the dialog. */
async function findMatchingRecords(page: Page) {
  await page.getByRole('button', { name: 'Find Matching Records' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find Matching Records' });
  await dialog.getByRole('button', { name: 'Find Matching Healthie Records' }).click();
  await dialog.getByRole('heading', { name: /^\d+ match(es)?$/ }).waitFor({ timeout: 30_000 });
  return dialog;
}

describe('"Not a match" decisions', () => {
  const env = useE2eEnvironment();

  it('lists a "Not a match" on the Members tab, takes it back after asking, and matching proposes the pair again', async () => {
    await connectHealthie(env.server);
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=members`);
    const decisions = page.getByRole('region', { name: 'Not a match decisions' });
    await decisions.getByText('No pair is marked Not a match.', { exact: false }).waitFor();

    let dialog = await findMatchingRecords(page);
    const card = dialog.getByRole('article').first();
    const name = (await card.getAttribute('aria-label'))!.replace(/^Match for /, '');
    await card.getByRole('button', { name: 'Not a match' }).click();
    await dialog.getByRole('article', { name: `Match for ${name}` }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');

    const row = decisions.getByRole('table', { name: 'Not a match decisions' }).getByRole('row').filter({ has: page.getByRole('link', { name }) });
    await row.getByText(/^Healthie patient \S+$/).waitFor();
    const patientId = (await row.getByText(/^Healthie patient \S+$/).textContent())!.replace('Healthie patient ', '');
    await decisions.getByText('1 decision', { exact: true }).waitFor();
    expect(await row.getByRole('link', { name }).getAttribute('href')).toMatch(new RegExp(`^/w/${WORKSPACE}/members/[0-9a-f-]{36}$`));

    const takeBack = row.getByRole('button', { name: `Take back Not a match for ${name} and Healthie patient ${patientId}` });
    const confirm = page.getByRole('dialog', { name: `Take back Not a match for ${name}?` });
    await takeBack.click();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await row.waitFor();
    await takeBack.click();
    await confirm.getByText(`Healthie patient ${patientId}`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Take back' }).click();
    await decisions.getByText('No pair is marked Not a match.', { exact: false }).waitFor();
    await decisions.getByText('0 decisions', { exact: true }).waitFor();

    dialog = await findMatchingRecords(page);
    await dialog.getByRole('article', { name: `Match for ${name}` }).waitFor();
  });
});
