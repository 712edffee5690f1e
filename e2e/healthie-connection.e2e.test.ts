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
    await dialog.getByRole('alert').getByText('Healthie refused the API key').waitFor();
    await dialog.getByRole('alert').getByText('Settings > API').first().waitFor();
    // That phrase is for failures of Healthie itself, not for a key it refused.
    expect(await dialog.getByText('Healthie API request failed').count()).toBe(0);

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

  it('shows one Error, the same on every tab and in App Connections, as soon as a request finds the key refused, and recovers with Reconfigure', async () => {
    await connectHealthie(env.server);
    const { url: sandboxUrl, apiKeys } = env.server.sandbox;
    const [admin, frontDesk] = [apiKeys[0]!, apiKeys[1]!];
    const ws = '/api/v1/workspaces/demo-clinic';
    const calendars = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/calendars`);
    const providers = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
    await env.server.request('PUT', `${ws}/calendars/${calendars.find((c) => c.name === 'Primary Care')!.id}/healthie-link`, {
      providerId: providers.find((p) => p.name === ADMIN_NAME)!.id,
    });
    const page = await env.signedInPage({ viewport: TABLET });
    await page.goto('/w/demo-clinic/app-connections/healthie');
    await page.getByRole('status', { name: 'Connection status: Connected' }).waitFor();

    // No health check runs: the providers' request meets the refused key, and the page follows.
    await env.server.sandboxRequest('POST', `/_sandbox/api-keys/${admin.key}/revoke`);
    await page.reload();
    const errorAlert = page.getByRole('alert', { name: 'Connection shows Error' });
    await errorAlert.waitFor();
    await page.getByRole('status', { name: 'Connection status: Error' }).waitFor();
    await errorAlert.getByText('Reconfigure and enter a fresh API key').waitFor();
    // One badge, one alert, the refusal said once, one Reconfigure.
    const once = () =>
      expect
        .poll(async () => [
          await page.getByRole('status', { name: /^Connection status/ }).allTextContents(),
          await errorAlert.count(),
          await page.getByText('Healthie refused the API key').count(),
          await page.getByRole('button', { name: 'Reconfigure' }).count(),
        ])
        .toEqual([['Error'], 1, 1, 1]);
    await page.getByRole('region', { name: 'Providers' }).getByText('Not available while the connection shows Error').waitFor();
    await once();
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/connections/healthie/check')), page.getByRole('button', { name: 'Check now' }).click()]);
    await once();

    await page.getByRole('tab', { name: 'Calendar Sync' }).click();
    const syncNow = page.getByRole('button', { name: 'Sync Now Primary Care' });
    expect(await syncNow.getAttribute('aria-disabled')).toBe('true');
    await syncNow.hover();
    await page.getByRole('tooltip').getByText('Not available while the connection shows Error').waitFor();
    expect(await page.getByRole('button', { name: 'Link & Sync' }).isDisabled()).toBe(true);
    await once();
    await page.getByRole('tab', { name: 'Members' }).click();
    await once();
    await page.getByRole('link', { name: '← App Connections' }).click();
    await page.getByRole('article', { name: 'Healthie' }).getByRole('status', { name: 'Connection status: Error' }).waitFor();
    await page.goBack();

    // A key whose Healthie user may not list the organization: connected, but no providers.
    await errorAlert.getByRole('button', { name: 'Reconfigure' }).click();
    await page.getByRole('dialog', { name: 'Reconfigure Healthie' }).waitFor();
    await submitHealthieKey(page, frontDesk.key, sandboxUrl);
    await page.getByRole('dialog').getByText(`Connected as ${FRONT_DESK_NAME}`).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('region', { name: 'Providers' }).getByText('may not have permission to list organization members').waitFor();

    // Healthie reissues the admin's key; Reconfigure with it brings the providers back.
    await env.server.sandboxRequest('POST', '/_sandbox/reset', { seed: 'demo' });
    await page.getByRole('button', { name: 'Reconfigure' }).click();
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
