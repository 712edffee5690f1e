import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const operationsDir = here('./operations');
const operations = readdirSync(operationsDir).filter((f) => f.endsWith('.graphql'));
const document = parse(operations.map((f) => readFileSync(`${operationsDir}/${f}`, 'utf8')).join('\n'));
const fullSchemaPath = here('../../../shared/healthie-api/schema.graphql');

describe('Healthie operations', () => {
  it('are valid against the committed trimmed schema', () => {
    const schema = buildSchema(readFileSync(here('./schema.graphql'), 'utf8'));
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(5);
  });

  it.runIf(existsSync(fullSchemaPath))("are valid against Healthie's full published schema", () => {
    const schema = buildSchema(readFileSync(fullSchemaPath, 'utf8'));
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
