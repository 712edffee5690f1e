import { lt } from 'drizzle-orm';
import { sessions } from '../db/schema.ts';
import type { JobDefinition } from './job-definitions.ts';

export const sessionCleanupJob: JobDefinition = {
  name: 'sessions.cleanup',
  schedule: '17 * * * *',
  async handler(_data, { database, logger }) {
    const removed = await database.db.delete(sessions).where(lt(sessions.expiresAt, new Date())).returning({ id: sessions.id });
    logger.info({ removed: removed.length }, 'expired sessions removed');
  },
};
