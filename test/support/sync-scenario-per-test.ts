import { sandboxApiPerTest } from './sandbox-api-per-test.ts';
import { SyncScenario } from './sync-scenario.ts';

/** For a test file: before each test (`s`), a fresh practice in an empty sandbox, connected to a new workspace named `workspace`. */
export const syncScenarioPerTest = (workspace: string, options: { features?: string[] } = {}) =>
  sandboxApiPerTest('empty', 's', async ({ fx, sandbox }) => {
    const scenario = new SyncScenario(fx, sandbox, await fx.createTestWorkspace(workspace, options));
    await scenario.setUp();
    return scenario;
  });
