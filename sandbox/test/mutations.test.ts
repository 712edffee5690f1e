// Mutations answer validation failures in the payload's messages (field, message), not in errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
let frontDeskKey: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  frontDeskKey = sandbox.apiKeys[1]?.key ?? '';
});
afterAll(() => sandbox.close());

const createClient = `mutation($input: createClientInput) { createClient(input: $input) { user { id first_name last_name email phone_number dietitian_id } messages { field message } } }`;
const createAppointment = `mutation($input: createAppointmentInput!) { createAppointment(input: $input) {
  appointment { id date pm_status contact_type provider { id } user { id } appointment_type { id } } messages { field message } } }`;

interface TypeNode {
  id: string;
  is_group: boolean;
  available_contact_types: string[];
  provider_appt_type_connections: { user_id: string }[];
}

async function anyAppointmentType(limited: boolean): Promise<TypeNode> {
  const response = await graphql(sandbox, '{ appointmentTypes { nodes { id is_group available_contact_types provider_appt_type_connections { user_id } } } }');
  const types = response.data?.appointmentTypes.nodes as TypeNode[];
  const found = types.find((type) => !type.is_group && (type.provider_appt_type_connections.length > 0) === limited);
  if (!found) throw new Error('no such appointment type in the demo seed');
  return found;
}

async function anyPatientId(): Promise<string> {
  return (await graphql(sandbox, '{ users(first: 1) { nodes { id } } }')).data?.users.nodes[0].id;
}

describe('createClient and updateClient', () => {
  it('creates a patient, assigned to the caller by default', async () => {
    const response = await graphql(sandbox, createClient, { input: { first_name: 'Test', last_name: 'Patient', email: 'test.patient@example.com', phone_number: '415-555-0177' } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createClient.messages).toBeNull();
    expect(response.data?.createClient.user).toMatchObject({ first_name: 'Test', email: 'test.patient@example.com', dietitian_id: sandbox.apiKeys[0]?.userId });
  });

  it('reports missing names and a bad email in messages', async () => {
    const response = await graphql(sandbox, createClient, { input: { email: 'not-an-email' } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createClient.user).toBeNull();
    expect(response.data?.createClient.messages).toEqual(
      expect.arrayContaining([
        { field: 'first_name', message: "can't be blank" },
        { field: 'last_name', message: "can't be blank" },
        { field: 'email', message: 'is invalid' },
      ]),
    );
  });

  it('refuses a second patient with the same email and name, but not a relative sharing the email', async () => {
    const duplicate = await graphql(sandbox, createClient, { input: { first_name: 'Linh', last_name: 'Nguyen', email: 'the.nguyens@example.com' } });
    expect(duplicate.data?.createClient.messages).toEqual([{ field: 'email', message: 'has already been taken' }]);
    const relative = await graphql(sandbox, createClient, { input: { first_name: 'An', last_name: 'Nguyen', email: 'the.nguyens@example.com' } });
    expect(relative.data?.createClient.messages).toBeNull();
  });

  it('updates a patient', async () => {
    const id = await anyPatientId();
    const response = await graphql(sandbox, 'mutation($id: ID!) { updateClient(input: { id: $id, phone_number: "(415) 555-0188" }) { user { id phone_number } messages { field message } } }', { id });
    expect(response.data?.updateClient).toEqual({ user: { id, phone_number: '(415) 555-0188' }, messages: null });
  });
});

describe('createOrganizationMembership', () => {
  const mutation = `mutation($input: createOrganizationMembershipInput) { createOrganizationMembership(input: $input) {
    organizationMembership { id org_role user { id first_name email } } messages { field message } } }`;

  it('adds a provider who then appears in organizationMembers', async () => {
    const response = await graphql(sandbox, mutation, { input: { first_name: 'Grace', last_name: 'Hopper', email: 'grace.hopper@harborfamilyhealth.example.com', organization_id: '7001' } });
    const membership = response.data?.createOrganizationMembership.organizationMembership;
    expect(membership.org_role).toBe('Standard');
    const members = await graphql(sandbox, '{ organizationMembers(first: 100) { nodes { id } } }');
    expect(members.data?.organizationMembers.nodes).toContainEqual({ id: membership.user.id });
  });

  it('answers in messages when the email is taken or the caller may not add members', async () => {
    const taken = await graphql(sandbox, mutation, { input: { first_name: 'A', last_name: 'B', email: sandbox.apiKeys[0]?.email } });
    expect(taken.data?.createOrganizationMembership.messages).toEqual([{ field: 'email', message: 'has already been taken' }]);
    const forbidden = await graphql(sandbox, mutation, { input: { first_name: 'A', last_name: 'B', email: 'a.b@example.com' } }, { key: frontDeskKey });
    expect(forbidden.data?.createOrganizationMembership.organizationMembership).toBeNull();
    expect(forbidden.data?.createOrganizationMembership.messages[0].message).toMatch(/permission/);
  });
});

describe('createAppointmentType', () => {
  it('creates a type limited to a provider', async () => {
    const providerId = sandbox.apiKeys[0]?.userId;
    const response = await graphql(
      sandbox,
      'mutation($ids: [ID]) { createAppointmentType(input: { name: "Sports Physical", length: 40, provider_ids_for_appt_type_connections: $ids }) { appointmentType { id name length require_specific_providers } messages { field message } } }',
      { ids: [providerId] },
    );
    expect(response.data?.createAppointmentType).toMatchObject({ appointmentType: { name: 'Sports Physical', length: 40, require_specific_providers: true }, messages: null });
    const blank = await graphql(sandbox, 'mutation { createAppointmentType(input: { length: 30 }) { appointmentType { id } messages { field message } } }');
    expect(blank.data?.createAppointmentType.messages).toEqual([{ field: 'name', message: "can't be blank" }]);
  });
});

describe('createAppointment, updateAppointment, deleteAppointment', () => {
  it('books an appointment from "YYYY-MM-DD HH:MM:SS" in the caller timezone', async () => {
    const type = await anyAppointmentType(false);
    const userId = await anyPatientId();
    const response = await graphql(sandbox, createAppointment, {
      input: { user_id: userId, appointment_type_id: type.id, contact_type: 'Healthie Video Call', datetime: '2030-03-04 09:30:00' },
    });
    expect(response.data?.createAppointment.messages).toBeNull();
    expect(response.data?.createAppointment.appointment).toMatchObject({
      date: '2030-03-04T09:30:00-05:00',
      pm_status: '',
      provider: { id: sandbox.apiKeys[0]?.userId },
      user: { id: userId },
    });
  });

  it('reports missing and invalid inputs in messages', async () => {
    const missing = await graphql(sandbox, createAppointment, { input: {} });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.createAppointment.messages).toEqual(
      expect.arrayContaining([
        { field: 'appointment_type_id', message: "can't be blank" },
        { field: 'contact_type', message: "can't be blank" },
        { field: 'datetime', message: "can't be blank" },
      ]),
    );
    const type = await anyAppointmentType(false);
    const userId = await anyPatientId();
    const inPerson = await graphql(sandbox, createAppointment, { input: { user_id: userId, appointment_type_id: type.id, contact_type: 'In Person', datetime: '2030-03-04T10:00:00Z' } });
    expect(inPerson.data?.createAppointment.messages).toEqual([{ field: 'appointment_location_id', message: "can't be blank" }]);
    const twoAttendees = await graphql(sandbox, createAppointment, {
      input: { attendee_ids: [userId, String(Number(userId) + 1)], appointment_type_id: type.id, contact_type: 'Phone Call', datetime: '2030-03-04T10:00:00Z' },
    });
    expect(twoAttendees.data?.createAppointment.messages).toEqual([{ field: 'attendee_ids', message: 'Only one attendee is allowed for individual appointments' }]);
  });

  it('refuses a type limited to other providers', async () => {
    const limited = await anyAppointmentType(true);
    const otherProvider = (await graphql(sandbox, '{ organizationMembers(first: 100) { nodes { id } } }')).data?.organizationMembers.nodes
      .map((node: { id: string }) => node.id)
      .find((id: string) => !limited.provider_appt_type_connections.some((connection) => connection.user_id === id));
    const response = await graphql(sandbox, createAppointment, {
      input: {
        user_id: await anyPatientId(),
        other_party_id: otherProvider,
        appointment_type_id: limited.id,
        contact_type: limited.available_contact_types[0],
        appointment_location_id: '1',
        datetime: '2030-03-05T10:00:00Z',
      },
    });
    expect(response.data?.createAppointment.messages).toEqual([{ field: 'appointment_type_id', message: 'is not available for this provider' }]);
  });

  it('updates pm_status, rejects an unknown one, and deletes', async () => {
    const type = await anyAppointmentType(false);
    const created = await graphql(sandbox, createAppointment, {
      input: { user_id: await anyPatientId(), appointment_type_id: type.id, contact_type: 'Phone Call', datetime: '2030-04-01T15:00:00Z' },
    });
    const id = created.data?.createAppointment.appointment.id;
    const update = 'mutation($id: ID, $pm_status: String) { updateAppointment(input: { id: $id, pm_status: $pm_status }) { appointment { id pm_status } messages { field message } } }';
    expect((await graphql(sandbox, update, { id, pm_status: 'Checked-In' })).data?.updateAppointment).toEqual({ appointment: { id, pm_status: 'Checked-In' }, messages: null });
    expect((await graphql(sandbox, update, { id, pm_status: 'Done' })).data?.updateAppointment.messages).toEqual([{ field: 'pm_status', message: 'is not included in the list' }]);
    const deleted = await graphql(sandbox, 'mutation($id: ID) { deleteAppointment(input: { id: $id }) { appointment { id } messages { field message } } }', { id });
    expect(deleted.data?.deleteAppointment.appointment.id).toBe(id);
    const again = await graphql(sandbox, update, { id, pm_status: 'Occurred' });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
