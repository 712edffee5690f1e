import { describe, expect, it } from 'vitest';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { signIn } from './support/sign-in.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, WORKSPACE } from './support/test-server.ts';

describe('signing in', () => {
  const env = useE2eEnvironment();

  it('refuses a wrong password, then signs in, shows the workspace and signs out', async () => {
    const page = await env.openPage();
    await page.goto('/w/demo-clinic/members');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sign-in failed' }).waitFor();

    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where the visitor was going, inside the workspace's frame.
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['App Connections', 'Calendars', 'Members']);
    await page.getByText('Demo Clinic').waitFor();
    await page.getByText(ADMIN_EMAIL).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto('/w/demo-clinic/calendars');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('moves through the sidebar with the keyboard alone', async () => {
    const page = await env.signedInPage();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Tab from the start of the page until the Calendars link has focus, then follow it.
    for (let i = 0; i < 20 && (await focusedText()) !== 'Calendars'; i++) await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Calendars');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Calendars' }).waitFor();
  });

  it("hides what the caller's scopes do not allow", async () => {
    await env.server.createUser({ email: 'reader@e2e-clinic.example', name: 'Rita Reader', password: 'reader-password-1', scopes: 'members:read calendars:read' });
    const page = await env.openPage();
    await signIn(page, 'reader@e2e-clinic.example', 'reader-password-1');
    await page.getByText('Rita Reader').waitFor();

    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('table', { name: 'Members' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add member' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import' }).count()).toBe(0);
    await page.getByRole('table', { name: 'Members' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Contact' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save contact' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add field' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Calendars' }).click();
    await page.getByRole('table', { name: 'Calendars' }).waitFor();
    expect(await page.getByRole('button', { name: 'Create Calendar' }).count()).toBe(0);

    await page.getByRole('link', { name: 'App Connections' }).click();
    await page.getByRole('tab', { name: 'Directory' }).click();
    await page.getByRole('article', { name: 'Healthie' }).waitFor();
    expect(await page.getByRole('button', { name: 'Install' }).count()).toBe(0);

    // Once Healthie is connected, the reader sees its status but not its settings (no integrations:read).
    const { sandbox } = env.server;
    await env.server.request('PUT', `/api/v1/workspaces/${WORKSPACE}/connections/healthie`, { apiKey: sandbox.apiKeys[0]!.key, baseUrl: sandbox.url });
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie`);
    await page.getByRole('status', { name: 'Connection status: Connected' }).waitFor();
    expect(await page.getByRole('region', { name: 'Connection' }).getByText('Healthie user').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reconfigure' }).count()).toBe(0);
  });
});
