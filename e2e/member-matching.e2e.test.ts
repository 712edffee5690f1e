import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie, disconnectHealthie, linkProposedMembers } from './support/healthie-state.ts';
import { installHealthie } from './support/healthie-steps.ts';

const countIn = (text: string | null, pattern: RegExp) => Number(pattern.exec(text ?? '')?.[1] ?? NaN);

/** On the Members tab: opens Find Matching Records and starts it; the dialog. */
async function findMatches(page: Page) {
  await page.getByRole('button', { name: 'Find Matching Records' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find Matching Records' });
  await dialog.getByRole('button', { name: 'Find Matching Healthie Records' }).click();
  return dialog;
}

describe('member-patient matching', () => {
  const env = useE2eEnvironment();

  it('finds matches, keeps ambiguous ones apart, remembers "Not a match", links all and unlinks one', async () => {
    await disconnectHealthie(env.server);
    const page = await env.signedInPage();
    await installHealthie(page, env.server.sandbox.apiKeys[0]!.key, env.server.sandbox.url);
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByText('No member is linked to a Healthie patient yet.').waitFor();

    const dialog = await findMatches(page);
    const heading = dialog.getByRole('heading', { name: /^\d+ match(es)?$/ });
    await heading.waitFor({ timeout: 30_000 });
    const proposed = countIn(await heading.textContent(), /^(\d+)/);
    expect(proposed).toBeGreaterThan(2);
    await dialog.getByText('Email match').first().waitFor();
    await dialog.getByText('Phone match').first().waitFor();
    await dialog.getByRole('heading', { name: /^Ambiguous:/ }).waitFor();
    await dialog.getByText(/belongs to several Healthie patients|Several members share this/).first().waitFor();

    // The first card: the member on the left, the patient on the right; "Not a match" drops it.
    const firstCard = dialog.getByRole('article').first();
    const rejectedMember = (await firstCard.getAttribute('aria-label'))!;
    await firstCard.getByRole('button', { name: 'Not a match' }).click();
    await dialog.getByRole('heading', { name: `${proposed - 1} ${proposed - 1 === 1 ? 'match' : 'matches'}` }).waitFor();

    // Matches with something to check stay out of Link All.
    const linkable = proposed - 1 - (await dialog.locator('article[data-flagged]').count());
    await dialog.getByRole('button', { name: 'Link All', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: `Linked ${linkable} members to Healthie patients.` }).waitFor();
    await dialog.getByRole('button', { name: 'Find Matching Healthie Records' }).click();
    await dialog.getByRole('article', { name: rejectedMember }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');

    const linkedRows = page.getByRole('table', { name: 'Linked members' }).locator('tbody tr');
    await page.getByText(`${linkable} linked members`).waitFor();
    const firstLinked = (await linkedRows.first().getByRole('link').textContent())!;
    await linkedRows.first().getByRole('button', { name: `Unlink ${firstLinked}` }).click();
    await page.getByRole('dialog', { name: `Unlink ${firstLinked}?` }).getByRole('button', { name: 'Unlink' }).click();
    await page.getByText(`${linkable - 1} linked members`).waitFor();

    await page.getByLabel('Search linked members').fill(firstLinked);
    await page.getByText(`No linked member matches “${firstLinked}”.`).waitFor();
  });

  it("shows a linked member's upcoming appointments once their provider's calendar syncs", async () => {
    await connectHealthie(env.server);
    expect(await linkProposedMembers(env.server)).toBeGreaterThan(0);
    const ws = '/api/v1/workspaces/demo-clinic';
    const calendars = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/calendars`);
    const primary = calendars.find((c) => c.name === 'Primary Care')!;
    const providers = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
    await env.server.request('PUT', `${ws}/calendars/${primary.id}/healthie-link`, { providerId: providers.find((p) => p.name === 'Amelia Hart')!.id });
    await expect
      .poll(async () => (await env.server.request<Array<{ status: string }>>('GET', `${ws}/calendars/${primary.id}/sync-runs`))[0]?.status, { timeout: 30_000 })
      .toBe('succeeded');
    const events = await env.server.request<Array<{ title: string; memberId: string | null }>>('GET', `${ws}/calendars/${primary.id}/events`);
    const withMember = events.find((e) => e.memberId)!;

    const page = await env.signedInPage();
    await page.goto(`/w/demo-clinic/members/${withMember.memberId}`);
    const appointments = page.getByRole('table', { name: 'Upcoming appointments' });
    await appointments.getByRole('row').filter({ hasText: withMember.title }).filter({ hasText: 'Primary Care' }).first().waitFor();
    await page.getByText('Linked to this Healthie patient').waitFor();
  });

  it('explains an empty result, and flags links whose patient Healthie no longer has', async () => {
    await connectHealthie(env.server);
    expect(await linkProposedMembers(env.server)).toBeGreaterThan(0);
    await env.server.sandboxRequest('POST', '/_sandbox/reset', { seed: 'empty' });
    const page = await env.signedInPage();
    await page.goto('/w/demo-clinic/app-connections/healthie?tab=members');
    const dialog = await findMatches(page);
    await dialog.getByText('Member matching found no results').waitFor({ timeout: 30_000 });
    await dialog.getByText('Check that your members have contact information populated').waitFor();
    await dialog.getByText('Linked patients missing or archived in Healthie').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'Linked members' }).getByText('Not found in Healthie').first().waitFor();
  });

  it('shows how many Healthie patients it has read while it runs', async () => {
    await connectHealthie(env.server);
    await env.server.sandboxRequest('POST', '/_sandbox/reset', { seed: { scale: { providers: 2, patients: 3_000, appointments: 0 } } });
    // Healthie answers slowly, so reading its patients takes a while.
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', { latencyMs: 700 });
    const page = await env.signedInPage();
    await page.goto('/w/demo-clinic/app-connections/healthie?tab=members');
    const dialog = await findMatches(page);
    await dialog.getByRole('progressbar', { name: 'Find Matching Records progress' }).waitFor();
    await dialog.getByText(/^[\d,]+ of 3,000 Healthie patients read$/).waitFor({ timeout: 15_000 });
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', {});
    await dialog.getByRole('progressbar').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await dialog.getByText('Matching records could not be found').count()).toBe(0);
  });

  it('marks a match whose names differ, leaves it out of Link All, and links it once included', async () => {
    await connectHealthie(env.server);
    await env.server.sandboxRequest('POST', '/_sandbox/patients', { first_name: 'Jennifer', last_name: 'Hale', email: 'tom.hale@example.com' });
    const member = await env.server.request<{ id: string }>('POST', '/api/v1/workspaces/demo-clinic/members', { firstName: 'Tom', lastName: 'Hale', email: 'tom.hale@example.com' });
    try {
      const page = await env.signedInPage();
      await page.goto('/w/demo-clinic/app-connections/healthie?tab=members');
      const dialog = await findMatches(page);
      const card = dialog.getByRole('article', { name: 'Match for Tom Hale' });
      await card.getByText('Check before linking').waitFor({ timeout: 30_000 });
      await card.getByText('The names differ').waitFor();
      const flagged = await dialog.locator('article[data-flagged]').count();
      await dialog.getByText(`${flagged} to check left out`).waitFor();

      await dialog.getByRole('button', { name: 'Link All', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: /^Linked \d+ members? to Healthie patients\.$/ }).waitFor();
      await card.waitFor();
      // Every card with something to check is still there, unlinked.
      expect(await dialog.locator('article[data-flagged]').count()).toBe(flagged);
      await card.getByRole('checkbox', { name: 'Include Tom Hale in Link All' }).check();
      await dialog.getByRole('button', { name: 'Link All', exact: true }).click();
      await card.waitFor({ state: 'detached' });
      const linked = await env.server.request<{ fields: Record<string, string> }>('GET', `/api/v1/workspaces/demo-clinic/members/${member.id}`);
      expect(linked.fields['healthie:patient_id']).toBeDefined();
    } finally {
      await env.server.request('DELETE', `/api/v1/workspaces/demo-clinic/members/${member.id}`);
    }
  });

  it('takes a Link All back in one action', async () => {
    await connectHealthie(env.server);
    const page = await env.signedInPage();
    await page.goto('/w/demo-clinic/app-connections/healthie?tab=members');
    const dialog = await findMatches(page);
    const heading = dialog.getByRole('heading', { name: /^\d+ match(es)?$/ });
    await heading.waitFor({ timeout: 30_000 });
    const proposed = await heading.textContent();

    await dialog.getByRole('button', { name: 'Link All', exact: true }).click();
    const done = dialog.getByRole('alert').filter({ hasText: 'Link All can be taken back' });
    const linked = countIn(await done.getByText(/^Linked \d+ members$/).textContent(), /(\d+)/);
    expect(linked).toBeGreaterThan(1);
    await done.getByRole('button', { name: 'Undo Link All' }).click();
    await page.getByRole('alert').filter({ hasText: `Took back ${linked} links.` }).waitFor();
    await dialog.getByRole('heading', { name: proposed! }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('No member is linked to a Healthie patient yet.').waitFor();
  });
});
