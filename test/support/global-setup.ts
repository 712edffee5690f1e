import type { TestProject } from 'vitest/node';
import { startTemporaryPostgres } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** The PostgreSQL project runs against TEST_DATABASE_URL, or a temporary server started here. */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  const server = await startTemporaryPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
