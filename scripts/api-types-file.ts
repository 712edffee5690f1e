import { fileURLToPath } from 'node:url';

/** The generated, committed client types of the API. */
export const apiTypesFile = fileURLToPath(new URL('../web/src/api/schema.ts', import.meta.url));
