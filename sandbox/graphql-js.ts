// graphql-yoga loads graphql's CommonJS build; vitest would resolve a bare 'graphql' import to its ESM
// build, and two graphql instances cannot share a schema. Every sandbox module imports graphql here.
export * from 'graphql/index.js';
