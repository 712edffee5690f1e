/**
 * The schema the sandbox serves. Named from a module one folder below the project's root, as
 * `npm start`'s bundle (dist/healthie-connect.mjs) is, so it is found from the sources and from the bundle.
 */
export const schemaUrl = new URL('../src/healthie/schema.graphql', import.meta.url);
