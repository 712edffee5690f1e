import { afterAll, beforeAll, expect, it } from 'vitest';
import { estimatedPageSizes } from '../../src/healthie/page-sizes.ts';
import { requireConnection, saveConnectionState } from '../../src/integration/connection/healthie-connection.ts';
import { createApiFixture, type ApiFixture } from '../support/api-fixture.ts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.ts';
import { SyncScenario } from '../support/sync-scenario.ts';

let sandbox: TestSandbox;
let fx: ApiFixture;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
  fx = await createApiFixture({ allowedHosts: [sandbox.hostPort] });
});
afterAll(async () => {
  await fx.close();
  await sandbox.close();
});

it('page sizes two processes narrowed at once are both remembered, neither undoing the other', async () => {
  const s = new SyncScenario(fx, sandbox, await fx.createTestWorkspace('Page sizes'));
  await s.setUp();
  const workspaceId = s.ws.workspace.id;
  // Each read the connection before the other narrowed a list.
  const [one, other] = [await requireConnection(fx.database.db, workspaceId), await requireConnection(fx.database.db, workspaceId)];
  await saveConnectionState(fx.database.db, one, { pageSizes: { ...estimatedPageSizes, appointments: 59 } });
  await saveConnectionState(fx.database.db, other, { pageSizes: { ...estimatedPageSizes, patients: 179 } });
  const stored = (await requireConnection(fx.database.db, workspaceId)).pageSizes;
  expect(stored).toMatchObject({ appointments: 59, patients: 179, providers: estimatedPageSizes.providers });
});
