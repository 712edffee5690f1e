import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { buildApp } from '../src/http/app.ts';
import { healthieSettingsFrom } from '../src/integration/healthie-settings.ts';
import { generateKeyEntry, parseKeyringEnv } from '../src/platform/keyring.ts';
import { createLogger } from '../src/platform/logger.ts';

/** The server's OpenAPI document, from an app built in this process (nothing listens, no request is served). */
async function openApiDocument(): Promise<OpenAPI3> {
  const config = loadConfig({});
  const database = await openDatabase({ kind: 'pglite' });
  const app = await buildApp({
    config,
    database,
    logger: createLogger({ level: 'silent' }),
    keyring: parseKeyringEnv(generateKeyEntry()),
    healthie: healthieSettingsFrom(config),
    sync: config.sync,
    webhooks: config.webhooks,
    jobs: { send: async () => null },
  });
  try {
    const answer = await app.inject({ url: '/api/openapi.json' });
    if (answer.statusCode !== 200) throw new Error(`/api/openapi.json answered ${answer.statusCode}`);
    return answer.json<OpenAPI3>();
  } finally {
    await app.close();
    await database.close();
  }
}

/** web/src/api/schema.ts as `npm run api:types` writes it: the API's paths, parameters and answers as types. */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { silent: true });
  return COMMENT_HEADER + astToString(ast);
}
