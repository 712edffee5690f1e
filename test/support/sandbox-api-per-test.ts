import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Seed } from '../../sandbox/seeds/seeds.ts';
import { createApiFixture, type ApiFixture } from './api-fixture.ts';
import { startTestSandbox, type TestSandbox } from './sandbox.ts';

export interface SandboxApi {
  fx: ApiFixture;
  sandbox: TestSandbox;
}

/**
 * For a test file: one sandbox (of `seed`) and one API fixture allowed to reach it; before each
 * test an empty database, no faults, and what `prepare` makes of them, under `key`.
 */
export function sandboxApiPerTest<K extends string, T>(seed: Seed, key: K, prepare: (env: SandboxApi) => Promise<T>): Readonly<SandboxApi & Record<K, T>> {
  const state = {} as SandboxApi & Record<K, T>;
  beforeAll(async () => {
    state.sandbox = await startTestSandbox({ seed });
    state.fx = await createApiFixture({ allowedHosts: [state.sandbox.hostPort] });
  });
  afterAll(async () => {
    await state.fx?.close();
    await state.sandbox?.close();
  });
  beforeEach(async () => {
    await state.fx.database.truncate();
    await state.sandbox.setFaults({});
    (state as Record<K, T>)[key] = await prepare(state);
  });
  return state;
}
