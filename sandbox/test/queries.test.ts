// Conformance of the read side with Healthie's guides, in the 2026-01-01 connection shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox, type GraphQLResponse } from './helpers.ts';

let sandbox: RunningSandbox;
let frontDeskKey: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  frontDeskKey = sandbox.apiKeys[1]?.key ?? '';
});
afterAll(() => sandbox.close());

const appointmentsQuery = `query Appointments($provider_id: ID, $filter: String, $with_all_statuses: Boolean, $is_active: Boolean,
  $startDate: ISO8601DateTime, $endDate: ISO8601DateTime, $order_by: AppointmentOrderKeys, $is_org: Boolean, $first: Int, $after: String) {
  appointments(provider_id: $provider_id, filter: $filter, with_all_statuses: $with_all_statuses, is_active: $is_active,
    startDate: $startDate, endDate: $endDate, order_by: $order_by, is_org: $is_org, first: $first, after: $after) {
    nodes { id date pm_status length provider { id } appointment_type { id name } user { id } }
    page_info { has_next_page end_cursor }
    total_count
  }
}`;

type AppointmentNode = { id: string; date: string; pm_status: string; provider: { id: string } };

async function allAppointments(variables: Record<string, unknown>): Promise<AppointmentNode[]> {
  const nodes: AppointmentNode[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<Record<string, any>> = await graphql(sandbox, appointmentsQuery, { ...variables, first: 100, after });
    expect(response.errors).toBeUndefined();
    const connection: { nodes: AppointmentNode[]; page_info: { has_next_page: boolean; end_cursor: string } } = response.data?.appointments;
    nodes.push(...connection.nodes);
    if (!connection.page_info.has_next_page) return nodes;
    after = connection.page_info.end_cursor;
  }
}

const instant = (datetime: string) => Date.parse(datetime);

describe('organization and organizationMembers', () => {
  it('returns the current user organization', async () => {
    const response = await graphql(sandbox, '{ organization { id name } }');
    expect(response.data?.organization.name).toBe('Harbor Family Health');
  });

  it('lists the providers and staff as a connection', async () => {
    const response = await graphql(sandbox, '{ organizationMembers(first: 3) { nodes { id first_name last_name email } page_info { has_next_page end_cursor } total_count } }');
    const members = response.data?.organizationMembers;
    expect(members.total_count).toBeGreaterThanOrEqual(5);
    expect(members.nodes).toHaveLength(3);
    expect(members.page_info.has_next_page).toBe(true);
  });

  it('lists nothing for a key whose user may not list organization members (the "No providers appear" case)', async () => {
    const response = await graphql(sandbox, '{ organizationMembers { nodes { id } total_count } }', {}, { key: frontDeskKey });
    expect(response.errors).toBeUndefined();
    expect(response.data?.organizationMembers).toEqual({ nodes: [], total_count: 0 });
  });
});

describe('appointmentTypes', () => {
  it('lists eight types, some limited to providers', async () => {
    const response = await graphql(sandbox, '{ appointmentTypes { nodes { id name length require_specific_providers provider_appt_type_connections { user_id } } total_count } }');
    const types = response.data?.appointmentTypes;
    expect(types.total_count).toBe(8);
    expect(types.nodes.filter((type: { require_specific_providers: boolean }) => type.require_specific_providers).length).toBeGreaterThan(0);
  });

  it('seeds types open to everyone and limited to providers, bookable by clients or not', async () => {
    const response = await graphql(sandbox, '{ appointmentTypes { nodes { clients_can_book require_specific_providers } } }');
    const kinds = new Set((response.data?.appointmentTypes.nodes as { clients_can_book: boolean; require_specific_providers: boolean }[]).map((type) => JSON.stringify(type)));
    expect(kinds.size).toBe(4);
  });

  it('limits provider_ids to the types clients can book: open ones and those of the given providers; others all stay', async () => {
    const typeFields = '{ id clients_can_book require_specific_providers provider_appt_type_connections { user_id } }';
    type TypeNode = { id: string; clients_can_book: boolean; require_specific_providers: boolean; provider_appt_type_connections: { user_id: string }[] };
    const all = (await graphql(sandbox, `{ appointmentTypes { nodes ${typeFields} } }`)).data?.appointmentTypes.nodes as TypeNode[];
    const providerId = all.find((type) => type.clients_can_book && type.require_specific_providers)?.provider_appt_type_connections[0]?.user_id;
    const response = await graphql(sandbox, `query($ids: [ID]) { appointmentTypes(provider_ids: $ids) { nodes ${typeFields} } }`, { ids: [providerId] });
    const connected = (type: TypeNode) => type.provider_appt_type_connections.some((connection) => connection.user_id === providerId);
    const expected = all.filter((type) => !type.clients_can_book || !type.require_specific_providers || connected(type));
    expect(response.data?.appointmentTypes.nodes).toEqual(expected);
    expect(expected.some((type) => !type.clients_can_book && type.require_specific_providers && !connected(type))).toBe(true);
    expect(expected.length).toBeLessThan(all.length);
  });
});

describe('appointments', () => {
  it('defaults to future appointments and hides cancelled ones unless with_all_statuses is asked', async () => {
    const now = Date.now();
    const defaults = await allAppointments({ is_org: true });
    expect(defaults.length).toBeGreaterThan(0);
    expect(defaults.every((appointment) => instant(appointment.date) >= now - 1000)).toBe(true);
    expect(defaults.some((appointment) => appointment.pm_status === 'Cancelled')).toBe(false);
    const everything = await allAppointments({ is_org: true, with_all_statuses: true });
    expect(everything.some((appointment) => appointment.pm_status === 'Cancelled')).toBe(true);
    expect(everything.length).toBeGreaterThan(defaults.length);
  });

  it('seeds group appointments with attendees and no user', async () => {
    const response = await graphql(sandbox, '{ appointments(is_org: true, filter: "all", with_all_statuses: true, first: 350) { nodes { is_group user { id } attendees { id } } } }');
    const nodes = response.data?.appointments.nodes as { is_group: boolean; user: { id: string } | null; attendees: { id: string }[] }[];
    const groups = nodes.filter((node) => node.is_group);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((node) => node.user === null && node.attendees.length > 1)).toBe(true);
    expect(nodes.filter((node) => !node.is_group).every((node) => node.user !== null && node.attendees.length === 1)).toBe(true);
  });

  it('is_active drops cancelled, re-scheduled and no-show appointments', async () => {
    const active = await allAppointments({ is_org: true, filter: 'all', is_active: true });
    const statuses = new Set(active.map((appointment) => appointment.pm_status));
    for (const inactive of ['Cancelled', 'Re-Scheduled', 'No-Show']) expect(statuses.has(inactive)).toBe(false);
    expect(statuses.has('Occurred')).toBe(true);
  });

  it('filters one provider, past or future, in date order, with every pm_status including blank', async () => {
    const providerId = sandbox.apiKeys[0]?.userId;
    const past = await allAppointments({ provider_id: providerId, filter: 'past', with_all_statuses: true });
    expect(past.every((appointment) => appointment.provider.id === providerId && instant(appointment.date) < Date.now())).toBe(true);
    const dates = past.map((appointment) => instant(appointment.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const all = await allAppointments({ is_org: true, filter: 'all', with_all_statuses: true });
    const statuses = new Set(all.map((appointment) => appointment.pm_status));
    expect([...statuses].sort()).toEqual(['', 'Cancelled', 'Checked-In', 'Late Cancellation', 'No-Show', 'Occurred', 'Re-Scheduled']);
    const flags = await graphql(sandbox, '{ appointments(is_org: true, filter: "all", first: 300) { nodes { confirmed client_confirmed } } }');
    const nodes = flags.data?.appointments.nodes as { confirmed: boolean; client_confirmed: boolean }[];
    expect(new Set(nodes.map((node) => node.confirmed))).toEqual(new Set([true, false]));
    expect(new Set(nodes.map((node) => node.client_confirmed))).toEqual(new Set([true, false]));
  });

  it('keeps the default future filter with a startDate/endDate range; filter "all" gives the whole range', async () => {
    const from = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const defaults = await allAppointments({ is_org: true, with_all_statuses: true, startDate: from, endDate: to });
    expect(defaults.length).toBeGreaterThan(0);
    expect(defaults.every((appointment) => instant(appointment.date) >= Date.now() - 1000)).toBe(true);
    const window = await allAppointments({ is_org: true, filter: 'all', with_all_statuses: true, startDate: from, endDate: to, order_by: 'DATE_DESC' });
    const dates = window.map((appointment) => instant(appointment.date));
    expect(dates.every((date) => date >= Date.parse(from) && date <= Date.parse(to))).toBe(true);
    expect(dates.some((date) => date < Date.now())).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(window.length).toBeGreaterThan(defaults.length);
  });

  it('orders by UPDATED_AT_DESC so a just-updated appointment comes first', async () => {
    const [target] = await allAppointments({ is_org: true });
    await graphql(sandbox, 'mutation($id: ID) { updateAppointment(input: { id: $id, pm_status: "Checked-In" }) { messages { field message } } }', { id: target?.id });
    const response = await graphql(sandbox, appointmentsQuery, { is_org: true, filter: 'all', with_all_statuses: true, order_by: 'UPDATED_AT_DESC', first: 1 });
    expect(response.data?.appointments.nodes[0].id).toBe(target?.id);
  });

  it('pages backwards with last/before', async () => {
    const forward = await graphql(sandbox, '{ appointments(is_org: true, filter: "all", with_all_statuses: true, first: 20) { edges { cursor node { id } } } }');
    const edges = forward.data?.appointments.edges;
    const response = await graphql(sandbox, 'query($before: String) { appointments(is_org: true, filter: "all", with_all_statuses: true, last: 5, before: $before) { nodes { id } page_info { has_previous_page has_next_page } } }', { before: edges[10].cursor });
    expect(response.data?.appointments.nodes.map((node: { id: string }) => node.id)).toEqual(edges.slice(5, 10).map((edge: { node: { id: string } }) => edge.node.id));
    expect(response.data?.appointments.page_info).toEqual({ has_previous_page: true, has_next_page: true });
  });

  it('reads a deleted appointment only with include_deleted', async () => {
    const [target] = await allAppointments({ is_org: true });
    await graphql(sandbox, 'mutation($id: ID) { deleteAppointment(input: { id: $id }) { appointment { id } messages { message } } }', { id: target?.id });
    const hidden = await graphql(sandbox, 'query($id: ID) { appointment(id: $id) { id } }', { id: target?.id });
    expect(hidden.data?.appointment).toBeNull();
    const shown = await graphql(sandbox, 'query($id: ID) { appointment(id: $id, include_deleted: true) { id deleted_at } }', { id: target?.id });
    expect(shown.data?.appointment.id).toBe(target?.id);
    expect(shown.data?.appointment.deleted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    const listed = await allAppointments({ is_org: true, with_all_statuses: true });
    expect(listed.some((appointment) => appointment.id === target?.id)).toBe(false);
  });
});

describe('users (patients) and user', () => {
  const usersQuery = `query($keywords: String, $email: String, $order_by: UserOrderKeys, $first: Int) {
    users(keywords: $keywords, email: $email, order_by: $order_by, first: $first) { nodes { id first_name last_name email phone_number is_patient } total_count }
  }`;

  it('searches keywords in id, names, email, dob and record identifier, every term matching, never in phone numbers', async () => {
    const firstNames = async (keywords: string) =>
      ((await graphql(sandbox, usersQuery, { keywords })).data?.users.nodes as { first_name: string }[]).map((user) => user.first_name).sort();
    expect(await firstNames('garcia')).toEqual(['Mateo', 'Rosa']);
    expect(await firstNames('Rosa GARCIA')).toEqual(['Rosa']);
    expect(await firstNames('the.nguyens@example.com')).toHaveLength(2);
    expect(await firstNames('HFH-0001')).toEqual(['Maria']);
    const maria = (await graphql(sandbox, '{ users(keywords: "HFH-0001") { nodes { id dob } } }')).data?.users.nodes[0];
    expect(await firstNames(`${maria.dob} lopez`)).toEqual(['Maria']);
    expect(await firstNames(maria.id)).toEqual(['Maria']);
    expect(await firstNames('5550117')).toEqual([]);
    expect(await firstNames('(510) 555-0117')).toEqual([]);
  });

  it('ignores the email argument, as the schema documents ("Does nothing")', async () => {
    const all = await graphql(sandbox, usersQuery, {});
    const filtered = await graphql(sandbox, usersQuery, { email: 'maria.lopez@example.com' });
    expect(filtered.data?.users.total_count).toBe(all.data?.users.total_count);
  });

  it('lists only patients, by last name unless order_by says otherwise', async () => {
    const response = await graphql(sandbox, usersQuery, { first: 100 });
    const users = response.data?.users.nodes as { last_name: string; first_name: string; is_patient: boolean }[];
    expect(users.every((user) => user.is_patient)).toBe(true);
    expect(response.data?.users.total_count).toBeGreaterThanOrEqual(60);
    const lastNames = users.map((user) => user.last_name.toLowerCase());
    expect(lastNames).toEqual([...lastNames].sort());
    const byFirst = await graphql(sandbox, usersQuery, { first: 100, order_by: 'FIRST_NAME_DESC' });
    const firstNames = byFirst.data?.users.nodes.map((user: { first_name: string }) => user.first_name.toLowerCase());
    expect(firstNames).toEqual([...firstNames].sort().reverse());
  });

  it('reads one user by id, and null for an unknown id', async () => {
    const [first] = (await graphql(sandbox, usersQuery, { first: 1 })).data?.users.nodes;
    expect((await graphql(sandbox, 'query($id: ID) { user(id: $id) { id email } }', { id: first.id })).data?.user).toEqual({ id: first.id, email: first.email });
    expect((await graphql(sandbox, '{ user(id: "999999999") { id } }')).data?.user).toBeNull();
  });
});

describe('demo seed', () => {
  it('holds the patients of demo/people.ts, a shared family phone and a shared email', async () => {
    const { demoPatients } = await import('../../demo/people.ts');
    const response = await graphql(sandbox, '{ users(first: 200) { nodes { first_name last_name email phone_number } } }');
    const patients = response.data?.users.nodes as { first_name: string; email: string | null; phone_number: string | null }[];
    for (const person of demoPatients) {
      expect(patients).toContainEqual(expect.objectContaining({ first_name: person.firstName, email: person.email, phone_number: person.phone }));
    }
    expect(patients.filter((patient) => patient.phone_number === '(707) 555-0130')).toHaveLength(2);
    expect(patients.filter((patient) => patient.email === 'the.nguyens@example.com')).toHaveLength(2);
  });

  it('holds a weekly series of eight, the past ones occurred', async () => {
    const response = await graphql(sandbox, '{ appointments(is_org: true, filter: "all", first: 350) { nodes { pm_status recurring_appointment { id repeat_interval repeat_times } } } }');
    const sessions = (response.data?.appointments.nodes as { pm_status: string; recurring_appointment: { repeat_interval: string; repeat_times: string } | null }[]).filter(
      (node) => node.recurring_appointment,
    );
    expect(sessions).toHaveLength(8);
    expect(sessions.every((session) => session.recurring_appointment?.repeat_interval === 'Weekly' && session.recurring_appointment.repeat_times === '8')).toBe(true);
    expect(sessions.filter((session) => session.pm_status === 'Occurred')).toHaveLength(3);
  });

  it('comes back identical after a reset, keys included', async () => {
    const query = '{ appointments(is_org: true, filter: "all", with_all_statuses: true, first: 5) { nodes { id date pm_status } total_count } }';
    await control(sandbox, 'POST', '/_sandbox/reset', { seed: 'demo' });
    const before = await graphql(sandbox, query);
    await graphql(sandbox, 'mutation($id: ID) { deleteAppointment(input: { id: $id }) { messages { message } } }', { id: before.data?.appointments.nodes[0].id });
    const reset = await control(sandbox, 'POST', '/_sandbox/reset', { seed: 'demo' });
    expect(reset.body.apiKeys.map((apiKey: { key: string }) => apiKey.key)).toEqual(sandbox.apiKeys.map((apiKey) => apiKey.key));
    const after = await graphql(sandbox, query);
    expect(after.data).toEqual(before.data);
    expect(after.data?.appointments.total_count).toBeGreaterThanOrEqual(300);
  });
});
