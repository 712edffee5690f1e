// Complexity, depth and rate limits with the rate-limits guide's messages; graphql-ruby wording for invalid queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql/index.js';
import { measureQuery } from '../limits/query-cost.ts';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe('query complexity', () => {
  it('scores the guide example 14 with first: 3 and 402 without a page size', async () => {
    const { buildSandboxSchema } = await import('../schema/executable-schema.ts');
    const schema = buildSandboxSchema({});
    const withPage = parse('query { users(first: 3) { nodes { id appointments { id notes } } } }');
    const withoutPage = parse('query { users { nodes { id appointments { id notes } } } }');
    expect(measureQuery(schema, withPage, null, {})).toEqual({ complexity: 14, depth: 4 });
    expect(measureQuery(schema, withoutPage, null, {}).complexity).toBe(402);
  });

  it('rejects a query over 2000 with the guide message, counting page sizes given in variables', async () => {
    const query = 'query($n: Int) { appointments(first: $n) { nodes { id date pm_status length } } }';
    expect((await graphql(sandbox, query, { n: 400 })).errors).toBeUndefined();
    const response = await graphql(sandbox, query, { n: 500 });
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([{ message: 'Query has complexity of 2002, which exceeds max complexity of 2000' }]);
  });
});

describe('object field cost', () => {
  it('refuses at objectFieldCost 3 a page size that passes at 1', async () => {
    const query = 'query($n: Int) { appointments(first: $n) { nodes { id provider { id } user { id } } } }';
    expect((await graphql(sandbox, query, { n: 300 })).errors).toBeUndefined();
    await control(sandbox, 'PUT', '/_sandbox/settings', { objectFieldCost: 3 });
    try {
      const response = await graphql(sandbox, query, { n: 300 });
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([{ message: 'Query has complexity of 2706, which exceeds max complexity of 2000' }]);
    } finally {
      await control(sandbox, 'PUT', '/_sandbox/settings', { objectFieldCost: 1 });
    }
  });
});

describe('query depth', () => {
  it('rejects a query deeper than 25 levels', async () => {
    const nest = (levels: number) => {
      let selection = 'id';
      for (let level = 0; level < levels; level++) selection = level % 2 === 0 ? `organization { ${selection} }` : `owner { ${selection} }`;
      return `{ currentUser { organization { ${selection} } } }`;
    };
    expect((await graphql(sandbox, nest(22))).errors).toBeUndefined();
    const response = await graphql(sandbox, nest(30));
    expect(response.errors).toEqual([{ message: 'Query has depth of 33, which exceeds max depth of 25' }]);
  });
});

describe('request rate limit', () => {
  it('answers TOO_MANY_REQUESTS as a GraphQL error once a key spends its budget', async () => {
    const created = await graphql(sandbox, 'mutation { createApiKey(input: { name: "busy" }) { api_key } }');
    const key = created.data?.createApiKey.api_key as string;
    await control(sandbox, 'PUT', '/_sandbox/settings', { rateLimit: { limit: 3, windowMs: 60_000 } });
    try {
      const responses = [];
      for (let request = 0; request < 5; request++) responses.push(await graphql(sandbox, '{ currentUser { id } }', {}, { key }));
      expect(responses.slice(0, 3).every((response) => response.data?.currentUser)).toBe(true);
      expect(responses[3]).toEqual({
        status: 200,
        errors: [{ message: 'Too many requests. Please try again later.', extensions: { code: 'TOO_MANY_REQUESTS' } }],
      });
      const otherKey = await graphql(sandbox, '{ currentUser { id } }', {}, { key: sandbox.apiKeys[1]?.key });
      expect(otherKey.data?.currentUser).not.toBeNull();
    } finally {
      await control(sandbox, 'PUT', '/_sandbox/settings', { rateLimit: { limit: 250, windowMs: 1_000 } });
    }
  });
});

describe('queries invalid against the schema', () => {
  it('fail as graphql-ruby words them', async () => {
    const unknownField = await graphql(sandbox, '{ currentUser { id nickname } }');
    expect(unknownField.errors?.[0]).toMatchObject({ message: "Field 'nickname' doesn't exist on type 'User'", extensions: { code: 'undefinedField' } });
    const oldArgument = await graphql(sandbox, '{ organizationMembers(page_size: 10) { nodes { id } } }');
    expect(oldArgument.errors?.[0]).toMatchObject({ message: "Field 'organizationMembers' doesn't accept argument 'page_size'", extensions: { code: 'argumentNotAccepted' } });
    const oldShape = await graphql(sandbox, '{ appointments(first: 1) { id } }');
    expect(oldShape.errors?.[0]?.message).toBe("Field 'id' doesn't exist on type 'AppointmentPaginationConnection'");
    const noSelection = await graphql(sandbox, '{ currentUser }');
    expect(noSelection.errors?.[0]?.extensions?.code).toBe('selectionMismatch');
  });
});
