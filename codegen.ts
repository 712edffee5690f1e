import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the Healthie client, from the committed trimmed schema (scripts/trim-healthie-schema.ts).
const config: CodegenConfig = {
  schema: 'src/healthie/schema.graphql',
  documents: ['src/healthie/operations/*.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/healthie/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars: { ISO8601DateTime: 'string', ISO8601Date: 'string', Cursor: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
