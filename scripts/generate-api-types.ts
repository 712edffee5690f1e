// Writes web/src/api/schema.ts from the server's OpenAPI document. Run with `npm run api:types`
// after changing a route's schema; scripts/api-types.test.ts fails until the file is current.
import { writeFile } from 'node:fs/promises';
import { apiTypesFile } from './api-types-file.ts';
import { renderApiTypes } from './render-api-types.ts';

await writeFile(apiTypesFile, await renderApiTypes());
process.stdout.write(`wrote ${apiTypesFile}\n`);
