import type { JobDefinition } from './job-definitions.ts';
import { sessionCleanupJob } from './session-cleanup.ts';

export const allJobs: JobDefinition[] = [sessionCleanupJob];
