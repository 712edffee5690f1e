// A separate worker process for crash tests: runs one sync run against the given PostgreSQL
// database and sandbox, so the test can kill it mid-run.
import { openDatabase } from '../../src/db/open-database.ts';
import { executeSyncRun } from '../../src/integration/calendar-sync/run-sync.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { testContext } from './api-fixture.ts';
import type { TestDatabase } from './test-database.ts';

const database = await openDatabase({ kind: 'postgres', url: process.env.WORKER_DATABASE_URL! });
const ctx = testContext(database as TestDatabase, {
  allowedHosts: [process.env.WORKER_SANDBOX_HOST!],
  encryptionKeys: process.env.WORKER_ENCRYPTION_KEYS!,
  logger: createLogger({ level: 'silent' }),
});
await executeSyncRun(ctx, process.env.WORKER_RUN_ID!);
await database.close();
