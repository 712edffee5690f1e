import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { healthieOperations, validationOnly } from './operation-catalogue.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const schema = buildSchema(readFileSync(here('./schema.graphql'), 'utf8'));

describe('the operation catalogue', () => {
  it('holds every operation of src/healthie/operations', () => {
    const written = readdirSync(here('./operations'))
      .flatMap((file) => [...readFileSync(here(`./operations/${file}`), 'utf8').matchAll(/^(?:query|mutation) (\w+)/gm)].map((m) => m[1]))
      .sort((a, b) => a!.localeCompare(b!));
    expect(healthieOperations.map((o) => o.name)).toEqual(written);
  });

  it('makes each operation a document that still validates and executes nothing', async () => {
    for (const { name, document, validationVariables } of healthieOperations) {
      const skipped = parse(validationOnly(document));
      expect(validate(schema, skipped), name).toEqual([]);
      // A required variable needs a value even when nothing executes: the catalogue's placeholders.
      const result = await execute({ schema, document: skipped, variableValues: validationVariables, rootValue: new Proxy({}, { get: () => { throw new Error(`${name} executed a field`); } }) });
      expect(result, name).toEqual({ data: {} });
    }
  });
});
