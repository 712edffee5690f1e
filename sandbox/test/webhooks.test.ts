// Webhook deliveries: Healthie's thin payload, signed as the webhooks guide describes, retried with
// backoff and disabled after sustained failure. The verifier below is written from the guide, not
// from the sandbox's signer.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { enumValueOfEvent, eventOfEnumValue } from '../webhooks/event-names.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

interface Received {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

let sandbox: RunningSandbox;
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let answerWith: (attempt: number) => number = () => 200;

beforeAll(async () => {
  sandbox = await startTestSandbox({ settings: { webhookRetry: { baseDelayMs: 20, warnAfterMs: 50, disableAfterMs: 200 } } });
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://receiver');
      received.push({
        method: request.method ?? '',
        path: url.pathname,
        query: url.search.slice(1),
        headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(answerWith(received.length)).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await control(sandbox, 'POST', '/_sandbox/reset', { seed: 'demo' });
  received = [];
  answerWith = () => 200;
});
afterAll(async () => {
  await sandbox.close();
  await new Promise((resolve) => receiver.close(resolve));
});

/** The guide's verification: HMAC-SHA256 (hex) of "<method> <path> <query> <digest> application/json <length>". */
function verifyAsTheGuideSays(request: Received, secret: string): boolean {
  const digestHeader = request.headers['content-digest'] ?? '';
  // Everything after the first "=": splitting on every "=" would drop the base64 padding.
  const contentDigest = digestHeader.slice(digestHeader.indexOf('=') + 1);
  const contentLength = Buffer.byteLength(request.body);
  const data = `${request.method.toLowerCase()} ${request.path} ${request.query} ${contentDigest} application/json ${contentLength}`;
  const expected = createHmac('sha256', secret).update(data).digest('hex');
  const actual = (request.headers.signature ?? '').replace(/^sig1=/, '');
  const digestMatchesBody = contentDigest === createHash('sha256').update(request.body).digest('base64');
  return digestMatchesBody && actual.length === expected.length && timingSafeEqual(Buffer.from(actual), Buffer.from(expected));
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function registerWebhook(events: string[], path = '/hooks/healthie?tenant=7', shouldRetry = true) {
  const response = await graphql(
    sandbox,
    `mutation($url: String, $events: [WebhookEventInput], $retry: Boolean) {
      createWebhook(input: { url: $url, webhook_events: $events, should_retry: $retry, is_enabled: true }) {
        webhook { id url is_enabled should_retry signature_secret webhook_events { event_type } } messages { field message } } }`,
    { url: `${receiverUrl}${path}`, events: events.map((event_type) => ({ event_type })), retry: shouldRetry },
  );
  expect(response.data?.createWebhook.messages).toBeNull();
  return response.data?.createWebhook.webhook as { id: string; signature_secret: string; is_enabled: boolean };
}

async function firstFutureAppointmentId(): Promise<string> {
  return (await graphql(sandbox, '{ appointments(is_org: true, first: 1) { nodes { id } } }')).data?.appointments.nodes[0].id;
}

describe('event names', () => {
  it('maps enum values to the names the event reference gives, multi-word actions and resources included', () => {
    expect(eventOfEnumValue('APPOINTMENT_PATIENT_ADDED')).toBe('appointment.patient_added');
    expect(eventOfEnumValue('APPOINTMENT_TRANSCRIPT_AVAILABLE')).toBe('appointment.transcript_available');
    expect(eventOfEnumValue('ORGANIZATION_MEMBERSHIP_CREATED')).toBe('organization_membership.created');
    expect(eventOfEnumValue('ORGANIZATION_MEMBER_UPDATED')).toBe('organization_member.updated');
    expect(eventOfEnumValue('PRESCRIPTION_MEDICATION_STATUS_UPDATED')).toBe('prescription.medication_status_updated');
    expect(eventOfEnumValue('CMS1500_CREATED')).toBe('cms1500.created');
    expect(enumValueOfEvent('sent_fax.status_changed')).toBe('SENT_FAX_STATUS_CHANGED');
  });

  it('round-trips a subscription to a multi-word event through createWebhook', async () => {
    await registerWebhook(['APPOINTMENT_PATIENT_ADDED', 'FORM_ANSWER_GROUP_SIGNED']);
    const listed = await graphql(sandbox, '{ webhooks { nodes { event_type webhook_events { event_type } } } }');
    expect(listed.data?.webhooks.nodes).toEqual([
      { event_type: 'APPOINTMENT_PATIENT_ADDED', webhook_events: [{ event_type: 'APPOINTMENT_PATIENT_ADDED' }, { event_type: 'FORM_ANSWER_GROUP_SIGNED' }] },
    ]);
  });
});

describe('webhook deliveries', () => {
  it('posts the thin payload of an API change, signed so that the guide verifier accepts it', async () => {
    const webhook = await registerWebhook(['APPOINTMENT_UPDATED']);
    const id = await firstFutureAppointmentId();
    await graphql(sandbox, 'mutation($id: ID) { updateAppointment(input: { id: $id, pm_status: "Checked-In", metadata: "{}" }) { messages { message } } }', { id });
    await until(() => received.length === 1);
    const [delivery] = received as [Received];
    expect(delivery.method).toBe('POST');
    expect(delivery.path).toBe('/hooks/healthie');
    expect(delivery.query).toBe('tenant=7');
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers['signature-input']).toMatch(/^sig1=\(/);
    expect(JSON.parse(delivery.body)).toMatchObject({
      resource_id: id,
      resource_id_type: 'Appointment',
      event_type: 'appointment.updated',
      changed_fields: expect.arrayContaining(['pm_status', 'metadata']),
    });
    expect(verifyAsTheGuideSays(delivery, webhook.signature_secret)).toBe(true);
    expect(verifyAsTheGuideSays({ ...delivery, path: `/proxy${delivery.path}` }, webhook.signature_secret)).toBe(false);
    expect(verifyAsTheGuideSays(delivery, 'another-secret')).toBe(false);
  });

  it('delivers changes made through the control API like the GraphQL mutations, only for subscribed events', async () => {
    const webhook = await registerWebhook(['PATIENT_CREATED', 'APPOINTMENT_DELETED']);
    const created = await control(sandbox, 'POST', '/_sandbox/patients', { first_name: 'Webhook', last_name: 'Patient', email: 'webhook.patient@example.com' });
    expect(created.status).toBe(201);
    const id = await firstFutureAppointmentId();
    await control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { pm_status: 'Cancelled' });
    await control(sandbox, 'DELETE', `/_sandbox/appointments/${id}`);
    await until(() => received.length === 2);
    const payloads = received.map((delivery) => JSON.parse(delivery.body));
    expect(payloads).toEqual(
      expect.arrayContaining([
        { resource_id: created.body.patient.id, resource_id_type: 'User', event_type: 'patient.created', changed_fields: [] },
        { resource_id: id, resource_id_type: 'Appointment', event_type: 'appointment.deleted', changed_fields: [] },
      ]),
    );
    expect(received.every((delivery) => verifyAsTheGuideSays(delivery, webhook.signature_secret))).toBe(true);
  });

  it('fires for one-time appointments only, unless recurringAppointmentWebhooks opts recurring ones in', async () => {
    await registerWebhook(['APPOINTMENT_CREATED', 'APPOINTMENT_UPDATED']);
    const typeId = (await graphql(sandbox, '{ appointmentTypes(show_group: false, first: 1) { nodes { id } } }')).data?.appointmentTypes.nodes[0].id;
    const userId = (await graphql(sandbox, '{ users(first: 1) { nodes { id } } }')).data?.users.nodes[0].id;
    const book = (recurring: boolean) =>
      control(sandbox, 'POST', '/_sandbox/appointments', {
        user_id: userId,
        appointment_type_id: typeId,
        contact_type: 'Phone Call',
        datetime: '2031-05-05T15:00:00Z',
        ...(recurring ? { recurring_appointment: { repeat_interval: 'Biweekly', repeat_times: '3' } } : {}),
      });
    const series = await book(true);
    await control(sandbox, 'PATCH', `/_sandbox/appointments/${series.body.appointment.id}`, { notes: 'first of three' });
    const oneTime = await book(false);
    await until(() => received.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(received.map((delivery) => JSON.parse(delivery.body).resource_id)).toEqual([oneTime.body.appointment.id]);

    received = [];
    await control(sandbox, 'PUT', '/_sandbox/settings', { recurringAppointmentWebhooks: true });
    try {
      await book(true);
      await until(() => received.length === 3);
      expect(received.map((delivery) => JSON.parse(delivery.body).event_type)).toEqual(['appointment.created', 'appointment.created', 'appointment.created']);
    } finally {
      await control(sandbox, 'PUT', '/_sandbox/settings', { recurringAppointmentWebhooks: false });
    }
  });

  it('retries a failed delivery with growing delays when should_retry is set', async () => {
    answerWith = (attempt) => (attempt < 4 ? 500 : 200);
    await registerWebhook(['APPOINTMENT_UPDATED']);
    const id = await firstFutureAppointmentId();
    const startedAt = Date.now();
    await control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { notes: 'retry me' });
    await until(() => received.length === 4);
    const { body } = await control(sandbox, 'GET', '/_sandbox/webhook-deliveries');
    const times = body.deliveries.map((delivery: { at: number }) => delivery.at - startedAt);
    const gaps = times.slice(1).map((time: number, position: number) => time - (times[position] as number));
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    expect(gaps[2]).toBeGreaterThan(gaps[1]);
    expect(new Set(received.map((delivery) => delivery.body)).size).toBe(1);
    // One delivery, four attempts, each logged with the signature it was sent with.
    expect(body.deliveries.map((attempt: { delivery: number; attempt: number }) => [attempt.delivery, attempt.attempt])).toEqual([[1, 1], [1, 2], [1, 3], [1, 4]]);
    expect(body.deliveries.map((attempt: { signature: string }) => attempt.signature)).toEqual(received.map((delivery) => delivery.headers.signature));
  });

  it('disables the webhook after sustained failure, and never retries without should_retry', async () => {
    answerWith = () => 503;
    const retrying = await registerWebhook(['APPOINTMENT_UPDATED']);
    const id = await firstFutureAppointmentId();
    await control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { notes: 'always failing' });
    const webhookState = async () =>
      (await graphql(sandbox, '{ webhooks { nodes { id is_enabled warned_at } } }')).data?.webhooks.nodes.find((node: { id: string }) => node.id === retrying.id);
    await until(() => received.length >= 5);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const state = await webhookState();
    expect(state.is_enabled).toBe(false);
    expect(state.warned_at).not.toBeNull();

    received = [];
    await registerWebhook(['APPOINTMENT_UPDATED'], '/once', false);
    await control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { notes: 'no retries' });
    await until(() => received.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(received).toHaveLength(1);
  });
});
