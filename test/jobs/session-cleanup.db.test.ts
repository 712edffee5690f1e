import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCleanupJob } from '../../src/jobs/session-cleanup.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

describe('the cleanup job', () => {
  it('deletes rate-limit counters whose window has ended and keeps the running ones', async () => {
    await database.query(
      `insert into rate_limit_counters (key, hits, resets_at) values
         ('ended', 12, now() - interval '1 minute'), ('running', 3, now() + interval '10 minutes')`,
    );
    await sessionCleanupJob.handler({}, { database, logger: createLogger({ level: 'silent' }) });
    const { rows } = await database.query<{ key: string }>('select key from rate_limit_counters order by key');
    expect(rows.map((r) => r.key)).toEqual(['running']);
  });
});
