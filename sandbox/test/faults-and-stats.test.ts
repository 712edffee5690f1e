// Injected faults (PUT /_sandbox/faults) and request counters (GET /_sandbox/stats).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { addAppointmentType, addPatient, control, currentVersion, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => control(sandbox, 'PUT', '/_sandbox/faults', {}));
afterAll(() => sandbox.close());

const postRaw = (request: { query: string; variables?: Record<string, unknown> } = { query: '{ appointments(is_org: true, first: 50) { nodes { id date } } }' }) =>
  fetch(sandbox.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${sandbox.apiKeys[0]?.key}`,
      authorizationsource: 'API',
      'healthie-graphql-api-version': currentVersion,
    },
    body: JSON.stringify(request),
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

describe('afterApply faults', () => {
  const mutation = 'mutation CreateAppointment($input: createAppointmentInput!) { createAppointment(input: $input) { appointment { id } messages { field message } } }';
  let booking: Record<string, unknown>;
  beforeAll(async () => {
    booking = { user_id: await addPatient(sandbox, 'Applied'), appointment_type_id: await addAppointmentType(sandbox, 'Applied visit'), contact_type: 'Phone Call' };
  });

  const book = (datetime: string) => postRaw({ query: mutation, variables: { input: { ...booking, datetime } } });
  const bookedAt = async (datetime: string): Promise<string[]> => {
    const listed = await graphql(sandbox, 'query($at: ISO8601DateTime) { appointments(startDate: $at, endDate: $at, filter: "all") { nodes { id } } }', { at: datetime });
    return listed.data?.appointments.nodes.map((node: { id: string }) => node.id);
  };

  it('drops the connection once the create is applied, webhook included, for `times` requests', async () => {
    const hook = await graphql(sandbox, 'mutation { createWebhook(input: { url: "http://127.0.0.1:9/unreachable", webhook_events: [{ event_type: APPOINTMENT_CREATED }], should_retry: false, is_enabled: true }) { webhook { id } } }');
    await control(sandbox, 'PUT', '/_sandbox/faults', { afterApply: { operations: ['CreateAppointment'], effect: 'drop', times: 1 } });
    await expect(book('2032-01-05T15:00:00Z')).rejects.toThrow();
    const [applied] = await bookedAt('2032-01-05T15:00:00Z');
    expect(applied).toEqual(expect.any(String));
    await expect.poll(async () => (await control(sandbox, 'GET', '/_sandbox/webhook-deliveries')).body.deliveries.map((delivery: { resourceId: string }) => delivery.resourceId)).toContain(applied);
    expect((await book('2032-01-05T16:00:00Z')).status).toBe(200);
    await graphql(sandbox, 'mutation($id: ID) { deleteWebhook(input: { id: $id }) { messages { message } } }', { id: hook.data?.createWebhook.webhook.id });
  });

  it('answers a 502 once the create is applied, and leaves other operations alone', async () => {
    await control(sandbox, 'PUT', '/_sandbox/faults', { afterApply: { operations: ['CreateAppointment'], effect: 'error' } });
    const answer = await book('2032-01-06T15:00:00Z');
    expect(answer.status).toBe(502);
    expect(await bookedAt('2032-01-06T15:00:00Z')).toHaveLength(1);
    expect((await book('2032-01-06T16:00:00Z')).status).toBe(502);
    expect((await graphql(sandbox, 'query WhoAmI { currentUser { id } }')).status).toBe(200);
  });

  it('holds the answer back delayMs while the change is already visible', async () => {
    await control(sandbox, 'PUT', '/_sandbox/faults', { afterApply: { operations: ['CreateAppointment'], effect: 'delay', delayMs: 400 } });
    const startedAt = Date.now();
    const answer = book('2032-01-07T15:00:00Z');
    await expect.poll(() => bookedAt('2032-01-07T15:00:00Z'), { timeout: 350, interval: 20 }).toHaveLength(1);
    const body = await (await answer).json();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(390);
    expect(body.data.createAppointment.appointment.id).toBe((await bookedAt('2032-01-07T15:00:00Z'))[0]);
  });

  it('needs delayMs with effect delay', async () => {
    const refused = await control(sandbox, 'PUT', '/_sandbox/faults', { afterApply: { operations: ['CreateAppointment'], effect: 'delay' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('delayMs');
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
