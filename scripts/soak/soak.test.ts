import { expect, it } from 'vitest';
import { failures, runSoak } from './run-soak.ts';

// The soak's short version: 2 minutes, 10 workspaces, the same kills and database restart, webhooks on.
it('loses, duplicates and double-runs nothing, and loses no webhook delivery, while processes are killed and the database restarts', async () => {
  const result = await runSoak({ minutes: 2, workspaces: 10, calendarsPerWorkspace: 4, appointmentsPerCalendar: 5, changeEveryMs: 300, clickEveryMs: 1_000 });
  expect(result.survived).toHaveLength(3);
  expect(result.eventsChecked).toBeGreaterThan(200);
  expect(result.webhooks.outcomes.applied).toBeGreaterThan(0);
  expect(failures(result)).toEqual({ lost: 0, duplicated: 0, overlappingRuns: 0, undeliveredWebhooks: 0, refusedWebhooks: 0, failedWebhooks: 0 });
  expect(result.mostInFlightPerWorkspace).toBeLessThanOrEqual(result.limit);
}, 6 * 60_000);
