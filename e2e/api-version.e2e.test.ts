import { describe, it } from 'vitest';
import { daysUntil } from '../src/integration/connection/api-version/version-notice.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { WORKSPACE } from './support/test-server.ts';

describe('the Healthie API version on the Overview', () => {
  const env = useE2eEnvironment();

  it("counts down to the version's sunset, checks the next version and switches to it", async () => {
    const { sandbox } = env.server;
    await env.server.sandboxRequest('PUT', '/_sandbox/settings', { apiVersionRules: 'transition' });
    await env.server.request('PUT', `/api/v1/workspaces/${WORKSPACE}/connections/healthie`, { apiKey: sandbox.apiKeys[0]!.key, baseUrl: sandbox.url });
    // A connection saved before this release still sends the version it was pinned to.
    await env.server.server.app!.ctx.database.query("update healthie_connections set api_version = '2026-01-01', auto_upgrade = false");

    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie`);
    await page.getByRole('region', { name: 'Connection' }).getByRole('button', { name: 'Check now' }).click();
    const card = page.getByRole('region', { name: 'API version' });
    const days = daysUntil('2027-01-31', new Date());
    await card.getByText(`Healthie stops accepting API version 2026-01-01 on 2027-01-31, in ${days} days.`).waitFor();

    await card.getByRole('button', { name: 'Check version 2026-07-01' }).click();
    await card.getByText(/^Every operation \(\d+\) validates at 2026-07-01\.$/).waitFor();
    await card.getByRole('button', { name: 'Switch to 2026-07-01' }).click();
    await card.getByText('Switched from 2026-01-01 to 2026-07-01', { exact: false }).waitFor();
    await card.getByText('2026-07-01', { exact: true }).waitFor();
    await page.getByRole('status', { name: 'Connection status: Connected' }).waitFor();
  });
});
