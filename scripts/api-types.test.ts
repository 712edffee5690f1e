import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { apiTypesFile } from './api-types-file.ts';
import { renderApiTypes } from './render-api-types.ts';

it('web/src/api/schema.ts is what `npm run api:types` writes from the current routes', async () => {
  const committed = await readFile(apiTypesFile, 'utf8');
  // A plain equality would print 300 kB; the message says what to do instead.
  expect(committed === (await renderApiTypes()), 'web/src/api/schema.ts is out of date: run `npm run api:types`').toBe(true);
});
