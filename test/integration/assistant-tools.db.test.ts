import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterEach, describe, expect, it } from 'vitest';
import { pushSendJob } from '../../src/integration/push/push-jobs.ts';
import { MCP_CALLS_PER_MINUTE } from '../../src/http/routes/mcp.ts';
import { assistantTools } from '../../src/mcp/assistant-tools.ts';
import { findMembersOperation, getMemberHealthieLinkOperation } from '../../src/operations/member-operations.ts';
import { listUpcomingAppointmentsOperation } from '../../src/operations/appointment-operations.ts';
import { runOperation } from '../../src/operations/operation.ts';
import type { Scope } from '../../src/workspace/scopes.ts';
import { bearer, createSignInAccount } from '../support/api-fixture.ts';
import { syncScenarioPerTest } from '../support/sync-scenario-per-test.ts';

/** The assistant's tools through the MCP SDK's own client, over both transports, against the sandbox. */
const t = syncScenarioPerTest('Assistant', { features: ['ehr_healthie', 'ai_assistants'] });
const cli = fileURLToPath(new URL('../../bin/healthie-connect.js', import.meta.url));

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

let baseUrl = '';
async function serverUrl(): Promise<string> {
  baseUrl ||= (await t.fx.app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  return baseUrl;
}

async function connect(token: string): Promise<Client> {
  const client = new Client({ name: 'test-assistant', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/api/mcp', await serverUrl()), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  clients.push(client);
  return client;
}

const call = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: unknown) =>
  t.fx.app.inject({ method, url: `${t.s.base}${path}`, headers: bearer(t.s.ws.token), ...(payload !== undefined ? { payload: payload as never } : {}) });

async function linkedMember(firstName = 'Ada', lastName = 'Lovelace', patient = 0): Promise<string> {
  const member = (await call('POST', '/members', { firstName, lastName, email: `${firstName.toLowerCase()}@example.org` })).json().id as string;
  await call('POST', '/healthie/member-links', [{ memberId: member, patientId: t.s.patientIds[patient] }]);
  return member;
}

async function pushingCalendar(): Promise<{ eventTypeId: string }> {
  await t.s.link();
  await call('PATCH', `/calendars/${t.s.calendarId}/healthie-link`, { pushChanges: true });
  const types = (await call('GET', `/calendars/${t.s.calendarId}/event-types`)).json() as Array<{ id: string; external: { id: string } }>;
  return { eventTypeId: types.find((type) => type.external.id === t.s.typeIds.intake)!.id };
}

type ToolAnswer = { isError?: boolean; structuredContent?: Record<string, unknown>; content: Array<{ type: string; text?: string }> };
const use = async (client: Client, name: string, args: Record<string, unknown> = {}) => (await client.callTool({ name, arguments: args })) as ToolAnswer;
const errorText = (answer: ToolAnswer) => answer.content.map((c) => c.text).join(' ');

const inDays = (days: number, hour = 15) => {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + days);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

/** Every tool that only reads, once, each answer checked against the schema its tool declares. */
async function askEveryReadTool(client: Client, memberId: string, appointmentId: string): Promise<Record<string, ToolAnswer>> {
  const day = inDays(5, 0).slice(0, 10);
  const answers: Record<string, ToolAnswer> = {
    list_providers: await use(client, 'list_providers'),
    list_appointment_types: await use(client, 'list_appointment_types', { providerId: t.s.providerId }),
    find_members: await use(client, 'find_members', { query: 'Lovel' }),
    get_member_healthie_link: await use(client, 'get_member_healthie_link', { memberId }),
    find_matching_patients: await use(client, 'find_matching_patients', { memberId }),
    list_upcoming_appointments: await use(client, 'list_upcoming_appointments', { memberId }),
    get_appointment: await use(client, 'get_appointment', { healthieAppointmentId: appointmentId }),
    find_available_slots: await use(client, 'find_available_slots', { providerId: t.s.providerId, appointmentTypeId: t.s.typeIds.intake, from: `${day}T00:00:00Z`, to: `${day}T23:59:00Z` }),
  };
  for (const [name, answer] of Object.entries(answers)) {
    expect(answer.isError, `${name}: ${errorText(answer)}`).toBeFalsy();
    const tool = assistantTools.find((candidate) => candidate.operation.name === name)!;
    expect(() => tool.operation.output.parse(answer.structuredContent)).not.toThrow();
    expect(JSON.parse(answer.content[0]!.text!)).toEqual(answer.structuredContent);
  }
  return answers;
}

/** book_appointment in its two steps: the summary, then the booking with the token. */
async function bookInTwoSteps(client: Client, booking: Record<string, unknown>): Promise<ToolAnswer> {
  const asked = await use(client, 'book_appointment', booking);
  expect(asked.structuredContent).toMatchObject({ status: 'needs_confirmation' });
  return use(client, 'book_appointment', { ...booking, confirmationToken: asked.structuredContent!.confirmationToken });
}

describe('the assistant tools', () => {
  it('are listed with a description and typed input and output schemas', async () => {
    const client = await connect(t.s.ws.token);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(assistantTools.map((tool) => tool.operation.name).sort());
    expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['list_providers', 'find_members', 'find_available_slots', 'book_appointment', 'reschedule_appointment', 'cancel_appointment']));
    for (const tool of tools) {
      expect(tool.description!.length).toBeGreaterThan(30);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
    }
  });

  it('answer what Healthie and the calendars hold, each answer valid against its declared schema', async () => {
    const ada = await linkedMember();
    const visit = await t.s.appointment({ days: 2, patient: 0 });
    await t.s.link();
    const client = await connect(t.s.ws.token);
    const answers = await askEveryReadTool(client, ada, visit);
    expect(answers.list_providers!.structuredContent!.providers).toEqual(expect.arrayContaining([expect.objectContaining({ id: t.s.providerId, name: 'Dana Reyes' })]));
    expect((answers.list_appointment_types!.structuredContent!.appointmentTypes as Array<{ name: string }>).map((type) => type.name).sort()).toEqual(['Follow-up Visit', 'Initial Intake']);
    expect(answers.find_members!.structuredContent).toEqual({ members: [{ id: ada, name: 'Ada Lovelace', linkedToHealthie: true }], more: false });
    expect(answers.get_member_healthie_link!.structuredContent).toEqual({ memberId: ada, linked: true, patientId: t.s.patientIds[0], flag: null });
    const upcoming = answers.list_upcoming_appointments!.structuredContent as { source: string; appointments: Array<{ healthieAppointmentId: string; member: { name: string } }> };
    expect(upcoming).toMatchObject({ source: 'calendar', appointments: [{ healthieAppointmentId: visit, member: { id: ada, name: 'Ada Lovelace' } }] });
    expect(answers.get_appointment!.structuredContent).toMatchObject({ appointment: { healthieAppointmentId: visit, title: 'Initial Intake', calendarId: t.s.calendarId } });

    // fresh: true reads Healthie: a change made there a moment ago shows before any sync.
    await t.s.mark(visit, 'Occurred');
    const fresh = await use(client, 'list_upcoming_appointments', { providerId: t.s.providerId, fresh: true });
    expect(fresh.structuredContent).toMatchObject({ source: 'healthie', appointments: [{ healthieAppointmentId: visit, status: 'completed' }] });
    const synced = await use(client, 'list_upcoming_appointments', { calendarId: t.s.calendarId });
    expect(synced.structuredContent).toMatchObject({ source: 'calendar', appointments: [{ status: 'booked' }] });
  });

  it("find a provider's free slots from Healthie's availability, less the time an appointment holds", async () => {
    await t.s.link();
    const day = inDays(5, 0).slice(0, 10);
    await t.sandbox.control('POST', '/_sandbox/availabilities', { user_id: t.s.providerId, start_datetime: `${day}T14:00:00Z`, end_datetime: `${day}T17:00:00Z` });
    await t.sandbox.control('POST', '/_sandbox/appointments', { user_id: t.s.patientIds[0], other_party_id: t.s.providerId, appointment_type_id: t.s.typeIds.intake, contact_type: 'Phone Call', datetime: `${day}T15:00:00Z` });
    const client = await connect(t.s.ws.token);
    const answer = await use(client, 'find_available_slots', { providerId: t.s.providerId, appointmentTypeId: t.s.typeIds.intake, from: `${day}T00:00:00Z`, to: `${day}T23:59:00Z` });
    expect(answer.isError, errorText(answer)).toBeFalsy();
    const slots = (answer.structuredContent!.slots as Array<{ startsAt: string; minutes: number }>).map((s) => s.startsAt);
    expect(slots).toContain(new Date(`${day}T14:00:00Z`).toISOString());
    expect(slots).toContain(new Date(`${day}T16:00:00Z`).toISOString());
    expect(slots).not.toContain(new Date(`${day}T15:00:00Z`).toISOString());
  });

  it('refuse a key without the scope each tool needs, in words naming the scope', async () => {
    const client = await connect(await t.s.ws.tokenWith(['workspace:read'] as Scope[]));
    for (const { operation } of assistantTools) {
      const answer = await use(client, operation.name, {});
      expect(answer.isError, operation.name).toBe(true);
      // Input errors are told first by the SDK only when the input is wrong; a refusal names the scope.
      if (!errorText(answer).includes('Input validation error')) expect(errorText(answer)).toContain(`needs the ${operation.scope} scope`);
    }
    const membersOnly = await connect(await t.s.ws.tokenWith(['members:read'] as Scope[]));
    expect(errorText(await use(membersOnly, 'list_providers'))).toContain('needs the calendars:read scope');
    expect((await use(membersOnly, 'find_members', { query: 'Ada' })).isError).toBeFalsy();
  });

  it('book in two steps: a summary and a token first, nothing written; the token once, in time, for the same input', async () => {
    const { eventTypeId } = await pushingCalendar();
    const ada = await linkedMember();
    const client = await connect(t.s.ws.token);
    const booking = { calendarId: t.s.calendarId, memberId: ada, eventTypeId, startsAt: inDays(4), contactType: 'Phone Call' };
    const asked = await use(client, 'book_appointment', booking);
    expect(asked.structuredContent).toMatchObject({ status: 'needs_confirmation', appointment: null, summary: expect.stringContaining('Book Ada Lovelace with Dana Reyes: Initial Intake (60 min)') });
    const { rows: none } = await t.fx.database.query('select id from calendar_events');
    expect(none).toEqual([]);
    const token = asked.structuredContent!.confirmationToken as string;

    const changed = await use(client, 'book_appointment', { ...booking, startsAt: inDays(5), confirmationToken: token });
    expect(errorText(changed)).toContain('confirmation_mismatch');
    const done = await use(client, 'book_appointment', { ...booking, confirmationToken: token });
    expect(done.structuredContent).toMatchObject({ status: 'done', appointment: { member: { id: ada }, title: 'Initial Intake' } });
    const eventId = (done.structuredContent!.appointment as { eventId: string }).eventId;
    await pushSendJob(t.fx.ctx).handler({ workspaceId: t.s.ws.workspace.id, eventId }, { database: t.fx.database, logger: t.fx.ctx.logger });
    const sent = await use(client, 'get_appointment', { eventId });
    expect((sent.structuredContent!.appointment as { healthieAppointmentId: string | null }).healthieAppointmentId).toMatch(/\w+/);

    expect(errorText(await use(client, 'book_appointment', { ...booking, confirmationToken: token }))).toContain('confirmation_used');
    const again = await use(client, 'book_appointment', { ...booking, startsAt: inDays(6) });
    await t.fx.database.query("update assistant_confirmations set expires_at = now() - interval '1 second'");
    expect(errorText(await use(client, 'book_appointment', { ...booking, startsAt: inDays(6), confirmationToken: again.structuredContent!.confirmationToken }))).toContain('confirmation_expired');
    // Another key of the workspace cannot carry out this key's summary.
    const other = await connect(await t.s.ws.tokenWith(['calendars:write', 'calendars:read'] as Scope[]));
    const third = await use(client, 'book_appointment', { ...booking, startsAt: inDays(7) });
    expect(errorText(await use(other, 'book_appointment', { ...booking, startsAt: inDays(7), confirmationToken: third.structuredContent!.confirmationToken }))).toContain('confirmation_unknown');
    const { rows } = await t.fx.database.query<{ n: number }>('select count(*)::int as n from calendar_events');
    expect(rows[0]!.n).toBe(1);
  });

  it('reschedule and cancel through the push path, in two steps', async () => {
    const { eventTypeId } = await pushingCalendar();
    const ada = await linkedMember();
    const booked = (await call('POST', `/calendars/${t.s.calendarId}/events`, { memberId: ada, eventTypeId, startsAt: inDays(4), contactType: 'Phone Call' })).json();
    const client = await connect(t.s.ws.token);
    const move = { calendarId: t.s.calendarId, eventId: booked.id, startsAt: inDays(6, 17) };
    const asked = await use(client, 'reschedule_appointment', move);
    expect(asked.structuredContent).toMatchObject({ status: 'needs_confirmation', summary: expect.stringContaining('Move Initial Intake') });
    const moved = await use(client, 'reschedule_appointment', { ...move, confirmationToken: asked.structuredContent!.confirmationToken });
    expect(moved.structuredContent).toMatchObject({ status: 'done', appointment: { startsAt: new Date(move.startsAt).toISOString() } });
    const cancel = { calendarId: t.s.calendarId, eventId: booked.id };
    const askedCancel = await use(client, 'cancel_appointment', cancel);
    expect(askedCancel.structuredContent!.summary).toContain('marked Cancelled in Healthie');
    const cancelled = await use(client, 'cancel_appointment', { ...cancel, confirmationToken: askedCancel.structuredContent!.confirmationToken });
    expect(cancelled.structuredContent).toMatchObject({ status: 'done', appointment: { status: 'cancelled' } });
    // Without push on, nothing is offered.
    await call('PATCH', `/calendars/${t.s.calendarId}/healthie-link`, { pushChanges: false });
    expect(errorText(await use(client, 'book_appointment', { calendarId: t.s.calendarId, memberId: ada, eventTypeId, startsAt: inDays(8) }))).toContain('calendar_linked');
  });

  it('are audited with the key, the tool and the ids, never the words of a search', async () => {
    const ada = await linkedMember();
    const client = await connect(t.s.ws.token);
    await use(client, 'find_members', { query: 'Lovelace' });
    await use(client, 'get_member_healthie_link', { memberId: ada });
    const { rows } = await t.fx.database.query<{ actor_type: string; actor_id: string; target_id: string | null; details: Record<string, unknown> }>(
      "select actor_type, actor_id, target_id, details from audit_log where action = 'assistant.tool_called' order by id",
    );
    expect(rows.map((r) => r.details.tool)).toEqual(['find_members', 'get_member_healthie_link']);
    expect(rows.every((r) => r.actor_type === 'api_key' && r.actor_id)).toBe(true);
    expect(rows[1]).toMatchObject({ target_id: ada, details: { memberId: ada, ok: true } });
    expect(JSON.stringify(rows)).not.toContain('Lovelace');
  });

  it('limit each key with 429 and a retry hint, counted in the database', async () => {
    const token = await t.s.ws.tokenWith(['members:read'] as Scope[]);
    const url = new URL('/api/mcp', await serverUrl());
    const list = () =>
      fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
      });
    for (let i = 0; i < MCP_CALLS_PER_MINUTE; i++) {
      const answer = await list();
      expect(answer.status).toBe(200);
      await answer.text();
    }
    const refused = await list();
    await refused.text();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another key is counted apart.
    expect((await (await connect(t.s.ws.token)).listTools()).tools.length).toBe(assistantTools.length);
  });

  it('refuse a signed-in session, an unknown key, and a workspace without AI assistants', async () => {
    const url = new URL('/api/mcp', await serverUrl());
    await t.fx.database.query("update workspaces set features = array['ehr_healthie'] where id = $1", [t.s.ws.workspace.id]);
    const off = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${t.s.ws.token}`, 'content-type': 'application/json' }, body: '{}' });
    expect([off.status, (await off.json()).error.code]).toEqual([403, 'feature_disabled']);
    await t.fx.database.query("update workspaces set features = array['ehr_healthie', 'ai_assistants'] where id = $1", [t.s.ws.workspace.id]);
    const res = await fetch(url, { method: 'POST', headers: { authorization: 'Bearer gr_unknown', 'content-type': 'application/json' }, body: '{}' });
    expect([res.status, (await res.json()).error.code]).toEqual([401, 'unauthorized']);
    await createSignInAccount(t.fx, t.s.ws.workspace.id, { email: 'coordinator@clinic.example', password: 'correct horse battery' });
    const signIn = await t.fx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'coordinator@clinic.example', password: 'correct horse battery' } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const bySession = await t.fx.app.inject({ method: 'POST', url: '/api/mcp', headers: { cookie, 'x-csrf-token': signIn.json().csrfToken, accept: 'application/json, text/event-stream' }, payload: { jsonrpc: '2.0', id: 1, method: 'tools/list' } });
    expect([bySession.statusCode, bySession.json().error.message]).toEqual([403, expect.stringContaining('workspace API key')]);
    const get = await fetch(url, { method: 'GET', headers: { authorization: `Bearer ${t.s.ws.token}` } });
    expect([get.status, (await get.json()).error.code]).toEqual([405, 'method_not_allowed']);
  });

  it('work over stdio for a desktop assistant, through the running server: every tool', async () => {
    const { eventTypeId } = await pushingCalendar();
    const ada = await linkedMember();
    const visit = await t.s.appointment({ days: 2, patient: 0 });
    const client = new Client({ name: 'desktop-assistant', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [cli, 'mcp', '--url', await serverUrl(), '--token', t.s.ws.token], stderr: 'pipe' }));
    clients.push(client);
    expect((await client.listTools()).tools.length).toBe(assistantTools.length);
    const answers = await askEveryReadTool(client, ada, visit);
    expect(answers.find_members!.structuredContent).toEqual({ members: [{ id: ada, name: 'Ada Lovelace', linkedToHealthie: true }], more: false });
    const booked = await bookInTwoSteps(client, { calendarId: t.s.calendarId, memberId: ada, eventTypeId, startsAt: inDays(4), contactType: 'Phone Call' });
    const eventId = (booked.structuredContent!.appointment as { eventId: string }).eventId;
    const moveTo = { calendarId: t.s.calendarId, eventId, startsAt: inDays(5) };
    const move = await use(client, 'reschedule_appointment', moveTo);
    expect((await use(client, 'reschedule_appointment', { ...moveTo, confirmationToken: move.structuredContent!.confirmationToken })).structuredContent).toMatchObject({ status: 'done' });
    const cancel = await use(client, 'cancel_appointment', { calendarId: t.s.calendarId, eventId });
    expect((await use(client, 'cancel_appointment', { calendarId: t.s.calendarId, eventId, confirmationToken: cancel.structuredContent!.confirmationToken })).structuredContent).toMatchObject({ status: 'done', appointment: { status: 'cancelled' } });
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['healthie-connect://calendars', 'healthie-connect://status-mapping']);
    const table = await client.readResource({ uri: 'healthie-connect://status-mapping' });
    expect((table.contents[0] as { text: string }).text).toContain('| occurred | completed |');
  });
});

describe('the operations behind them, without HTTP', () => {
  it('check scope and feature, read their input, and answer their declared output', async () => {
    const ada = await linkedMember();
    const caller = { workspaceId: t.s.ws.workspace.id, actor: { type: 'system' as const, id: null }, scopes: ['members:read'] };
    expect(await runOperation(t.fx.ctx, caller, findMembersOperation, { query: 'Ada' })).toEqual({ members: [{ id: ada, name: 'Ada Lovelace', linkedToHealthie: true }], more: false });
    await expect(runOperation(t.fx.ctx, caller, findMembersOperation, { query: '' })).rejects.toMatchObject({ status: 400 });
    await expect(runOperation(t.fx.ctx, caller, listUpcomingAppointmentsOperation, { memberId: ada })).rejects.toMatchObject({ status: 403, message: expect.stringContaining('calendars:read') });
    await expect(runOperation(t.fx.ctx, { ...caller, scopes: ['calendars:read'] }, listUpcomingAppointmentsOperation, { memberId: ada, calendarId: t.s.calendarId })).rejects.toMatchObject({ status: 400 });
    await t.fx.database.query("update workspaces set features = '{}' where id = $1", [t.s.ws.workspace.id]);
    await expect(runOperation(t.fx.ctx, caller, getMemberHealthieLinkOperation, { memberId: ada })).rejects.toMatchObject({ status: 403, code: 'feature_disabled' });
  });
});
