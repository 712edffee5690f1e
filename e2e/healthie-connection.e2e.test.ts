import { describe, expect, it } from 'vitest';
import { TABLET, useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie, disconnectHealthie } from './support/healthie-state.ts';
import { submitHealthieKey } from './support/healthie-steps.ts';

// The sandbox's demo practice: the owner's key lists providers, the front desk's may not.
const ADMIN_NAME = 'Amelia Hart';
const FRONT_DESK_NAME = 'Frankie Lee';

describe('connecting Healthie', () => {
  const env = useE2eEnvironment();

  it('refuses a wrong key in words, then connects with the right one and shows the practice', async () => {
    await disconnectHealthie(env.server);
    const { url: sandboxUrl, apiKeys } = env.server.sandbox;
    const page = await env.signedInPage();
    await page.getByRole('link', { name: 'App Connections' }).click();
    await page.getByText('No active connections').waitFor();
    await page.getByRole('tab', { name: 'Directory' }).click();
    await page.getByRole('article', { name: 'Healthie' }).getByRole('button', { name: 'Install' }).click();

    const dialog = page.getByRole('dialog', { name: 'Connect Healthie' });
    expect(await dialog.getByRole('textbox', { name: 'API Key' }).getAttribute('type')).toBe('password');
    await submitHealthieKey(page, 'not-a-real-healthie-key', sandboxUrl);
    await dialog.getByRole('alert').getByText('Healthie did not accept the API key').waitFor();

    await submitHealthieKey(page, apiKeys[0]!.key, sandboxUrl);
    await dialog.getByText('Connected', { exact: true }).waitFor();
    await dialog.getByText(`Connected as ${ADMIN_NAME}`).waitFor();
    await dialog.getByText(apiKeys[0]!.email).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The directory card now carries the badge, and Active lists the connection.
    await page.getByRole('article', { name: 'Healthie' }).getByText('Connected').waitFor();
    await page.getByRole('tab', { name: 'Active' }).click();
    await page.getByRole('article', { name: 'Healthie' }).getByRole('link', { name: 'Manage' }).click();

    for (const tab of ['Overview', 'Calendar Sync', 'Members']) await page.getByRole('tab', { name: tab }).waitFor();
    await page.getByRole('region', { name: 'Connection' }).getByText(apiKeys[0]!.email).waitFor();
    const providers = page.getByRole('table', { name: 'Healthie providers' });
    await providers.getByText(apiKeys[0]!.email).waitFor();
    const types = page.getByRole('table', { name: 'Healthie appointment types' }).locator('tbody tr');
    await types.first().waitFor();
    const allTypes = await types.count();
    await page.getByRole('combobox', { name: 'Filter by provider' }).click();
    await page.getByRole('option', { name: ADMIN_NAME }).click();
    await expect.poll(() => types.count()).toBeGreaterThan(0);
    expect(await types.count()).toBeLessThanOrEqual(allTypes);
  });

  it('shows Error once Healthie revokes the key, and recovers with Reconfigure', async () => {
    await connectHealthie(env.server);
    const { url: sandboxUrl, apiKeys } = env.server.sandbox;
    const [admin, frontDesk] = [apiKeys[0]!, apiKeys[1]!];
    const page = await env.signedInPage({ viewport: TABLET });
    await page.goto('/w/demo-clinic/app-connections/healthie');
    await page.getByRole('region', { name: 'Connection' }).getByText('Connected', { exact: true }).waitFor();

    await env.server.sandboxRequest('POST', `/_sandbox/api-keys/${admin.key}/revoke`);
    await page.getByRole('button', { name: 'Check now' }).click();
    const errorAlert = page.getByRole('region', { name: 'Connection' }).getByRole('alert').filter({ hasText: 'Connection shows Error' });
    await errorAlert.waitFor();
    await errorAlert.getByText('Reconfigure and enter a fresh API key').waitFor();

    // A key whose Healthie user may not list the organization: connected, but no providers.
    await errorAlert.getByRole('button', { name: 'Reconfigure' }).click();
    await page.getByRole('dialog', { name: 'Reconfigure Healthie' }).waitFor();
    await submitHealthieKey(page, frontDesk.key, sandboxUrl);
    await page.getByRole('dialog').getByText(`Connected as ${FRONT_DESK_NAME}`).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('region', { name: 'Providers' }).getByText('may not have permission to list organization members').waitFor();

    // Healthie reissues the admin's key; Reconfigure with it brings the providers back.
    await env.server.sandboxRequest('POST', '/_sandbox/reset', { seed: 'demo' });
    await page.getByRole('button', { name: 'Reconfigure' }).first().click();
    await submitHealthieKey(page, admin.key, sandboxUrl);
    await page.getByRole('dialog').getByText(`Connected as ${ADMIN_NAME}`).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'Healthie providers' }).getByText(admin.email).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Connection shows Error' }).count()).toBe(0);
  });

  it('says "Healthie API request failed" while Healthie fails, and Try again recovers', async () => {
    await connectHealthie(env.server);
    const page = await env.signedInPage();
    await env.server.sandboxRequest('PUT', '/_sandbox/faults', { errorRate: 1 });
    await page.goto('/w/demo-clinic/app-connections/healthie');
    const types = page.getByRole('region', { name: 'Appointment types' });
    const failure = types.getByRole('alert');
    await failure.getByText('Healthie API request failed').waitFor({ timeout: 45_000 });
    await failure.getByText('Wait a moment and try again').waitFor();

    await env.server.sandboxRequest('PUT', '/_sandbox/faults', {});
    await failure.getByRole('button', { name: 'Try again' }).click();
    await types.getByRole('table', { name: 'Healthie appointment types' }).waitFor();
    expect(await types.getByRole('alert').count()).toBe(0);
  });

  it('disconnects after confirming, and offers Install again', async () => {
    await connectHealthie(env.server);
    const page = await env.signedInPage();
    await page.goto('/w/demo-clinic/app-connections/healthie');
    await page.getByRole('button', { name: 'Disconnect' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disconnect Healthie?' });
    await dialog.getByRole('checkbox', { name: "Also remove every member's Healthie patient link" }).check();
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByText('Healthie is not connected to this workspace yet.').waitFor();
    await page.getByRole('button', { name: 'Install' }).click();
    await page.getByRole('dialog', { name: 'Connect Healthie' }).waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: '← App Connections' }).click();
    await page.getByText('No active connections').waitFor();
  });
});
