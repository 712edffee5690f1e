import { fileURLToPath } from 'node:url';

/**
 * A file of the project, by its path from the project's root. This module is one folder below the
 * root, as `npm start`'s bundle (dist/healthie-connect.mjs) is, so the answer is the same whether
 * the product runs from its sources or from the bundle.
 */
export const projectFile = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
