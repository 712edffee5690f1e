// Injected faults (PUT /_sandbox/faults) and request counters (GET /_sandbox/stats).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { control, currentVersion, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => control(sandbox, 'PUT', '/_sandbox/faults', {}));
afterAll(() => sandbox.close());

const postRaw = () =>
  fetch(sandbox.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${sandbox.apiKeys[0]?.key}`,
      authorizationsource: 'API',
      'healthie-graphql-api-version': currentVersion,
    },
    body: JSON.stringify({ query: '{ appointments(is_org: true, first: 50) { nodes { id date } } }' }),
  });

describe('faults', () => {
  it('answers HTTP 5xx at errorRate 1, and serves again once cleared with {}', async () => {
    await control(sandbox, 'PUT', '/_sandbox/faults', { errorRate: 1 });
    expect((await postRaw()).status).toBeGreaterThanOrEqual(500);
    expect((await control(sandbox, 'PUT', '/_sandbox/faults', {})).body).toEqual({});
    expect((await postRaw()).status).toBe(200);
  });

  it('answers a bare HTTP 404 without a GraphQL body, always for the named operations', async () => {
    await control(sandbox, 'PUT', '/_sandbox/faults', { notFoundRate: 1 });
    const response = await postRaw();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).not.toContain('errors');

    await control(sandbox, 'PUT', '/_sandbox/faults', { notFoundOperations: ['Providers'] });
    const named = await fetch(sandbox.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${sandbox.apiKeys[0]?.key}`, authorizationsource: 'API', 'healthie-graphql-api-version': currentVersion },
      body: JSON.stringify({ query: 'query Providers { organizationMembers { nodes { id } } }' }),
    });
    expect(named.status).toBe(404);
    expect((await graphql(sandbox, 'query WhoAmI { currentUser { id } }')).data?.currentUser).not.toBeNull();
  });

  it('answers every n-th request with TOO_MANY_REQUESTS', async () => {
    await control(sandbox, 'PUT', '/_sandbox/faults', { tooManyRequestsEvery: 3 });
    const codes = [];
    for (let request = 0; request < 6; request++) {
      const response = await graphql(sandbox, '{ currentUser { id } }');
      codes.push(response.errors?.[0]?.extensions?.code ?? 'ok');
    }
    expect(codes).toEqual(['ok', 'ok', 'TOO_MANY_REQUESTS', 'ok', 'ok', 'TOO_MANY_REQUESTS']);
  });

  it('adds latency', async () => {
    await control(sandbox, 'PUT', '/_sandbox/faults', { latencyMs: 150 });
    const startedAt = Date.now();
    await postRaw();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it('drops connections and truncates bodies', async () => {
    await control(sandbox, 'PUT', '/_sandbox/faults', { dropConnectionRate: 1 });
    await expect(postRaw()).rejects.toThrow();
    await control(sandbox, 'PUT', '/_sandbox/faults', { truncateBodyRate: 1 });
    await expect(postRaw().then((response) => response.json())).rejects.toThrow();
  });

  it('rejects unknown fault settings', async () => {
    const response = await control(sandbox, 'PUT', '/_sandbox/faults', { errorRate: 2 });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_BODY');
  });
});

describe('stats', () => {
  it('counts requests served, by operation name and by key', async () => {
    await control(sandbox, 'DELETE', '/_sandbox/stats');
    await graphql(sandbox, 'query WhoAmI { currentUser { id } }');
    await graphql(sandbox, 'query WhoAmI { currentUser { id } }');
    await graphql(sandbox, 'query Providers { organizationMembers { nodes { id } } }', {}, { key: sandbox.apiKeys[1]?.key });
    const { body } = await control(sandbox, 'GET', '/_sandbox/stats');
    expect(body).toEqual({
      total: 3,
      byOperation: { WhoAmI: 2, Providers: 1 },
      byKey: { [sandbox.apiKeys[0]?.key ?? '']: 2, [sandbox.apiKeys[1]?.key ?? '']: 1 },
    });
  });
});
