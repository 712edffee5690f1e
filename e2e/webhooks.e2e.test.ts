import { describe, expect, it } from 'vitest';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie } from './support/healthie-state.ts';
import { WORKSPACE } from './support/test-server.ts';

describe('real-time sync on the Overview', () => {
  const env = useE2eEnvironment();
  const ws = `/api/v1/workspaces/${WORKSPACE}`;

  it('is off until a calendar is linked, then healthy, listing the deliveries a change in Healthie brings', async () => {
    await connectHealthie(env.server);
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie`);
    const card = page.getByRole('region', { name: 'Real-time sync' });
    await card.getByText('Off', { exact: true }).waitFor();
    await card.getByText('No calendar is linked to Healthie: webhooks start with the first one.').waitFor();

    const calendars = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/calendars`);
    const providers = await env.server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
    const calendar = calendars.find((c) => c.name === 'Primary Care')!;
    const { run } = await env.server.request<{ run: { id: string } }>('PUT', `${ws}/calendars/${calendar.id}/healthie-link`, { providerId: providers.find((p) => p.name === 'Amelia Hart')!.id });
    await expect.poll(async () => (await env.server.request<{ status: string }>('GET', `${ws}/calendars/${calendar.id}/sync-runs/${run.id}`)).status, { timeout: 30_000 }).toBe('succeeded');
    const events = await env.server.request<Array<{ external: { id: string } | null }>>('GET', `${ws}/calendars/${calendar.id}/events`);
    const appointmentId = events.find((e) => e.external)!.external!.id;
    await env.server.sandboxRequest('PATCH', `/_sandbox/appointments/${appointmentId}`, { pm_status: 'Checked-In' });

    await page.reload();
    await card.getByText('Healthy', { exact: true }).waitFor();
    const deliveries = card.getByRole('table', { name: 'Last webhook deliveries' });
    await deliveries.getByRole('row').filter({ hasText: 'appointment.updated' }).filter({ hasText: appointmentId }).filter({ hasText: 'Applied' }).first().waitFor({ timeout: 15_000 });

    await card.getByRole('button', { name: 'Check and repair' }).click();
    await page.getByText('Checked against Healthie: nothing to repair.').waitFor();
    await card.getByText('Last checked against Healthie: just now').waitFor();
  });
});
