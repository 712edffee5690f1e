// What a client that pushes appointments to Healthie relies on: contact types the appointment type
// offers, metadata kept as sent, finding a create whose answer was lost by listing a narrow window, and
// deletes that can be told apart from lost ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { addAppointmentType, addPatient, addProvider, control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
});
afterAll(() => sandbox.close());

const create = `mutation CreateAppointment($input: createAppointmentInput!) { createAppointment(input: $input) {
  appointment { id metadata } messages { field message } } }`;
const update = `mutation UpdateAppointment($input: updateAppointmentInput!) { updateAppointment(input: $input) {
  appointment { id metadata } messages { field message } } }`;
const read = 'query($id: ID, $deleted: Boolean) { appointment(id: $id, include_deleted: $deleted) { id metadata deleted_at } }';

async function bookingInput(name: string) {
  return {
    other_party_id: await addProvider(sandbox, name),
    user_id: await addPatient(sandbox, name),
    appointment_type_id: await addAppointmentType(sandbox, `${name} visit`),
    contact_type: 'Phone Call',
    datetime: '2031-05-06T14:00:00Z',
  };
}

describe('contact types', () => {
  it("must be among the appointment type's available_contact_types, on create and on an update that changes either", async () => {
    const input = await bookingInput('Contact');
    const phoneOnly = await addAppointmentType(sandbox, 'Phone only', { available_contact_types: ['Phone Call'] });
    const videoOnly = await addAppointmentType(sandbox, 'Video only', { available_contact_types: ['Healthie Video Call'] });
    const notOffered = [{ field: 'contact_type', message: 'is not available for this appointment type' }];

    const refused = await graphql(sandbox, create, { input: { ...input, appointment_type_id: phoneOnly, contact_type: 'Healthie Video Call' } });
    expect(refused.data?.createAppointment).toEqual({ appointment: null, messages: notOffered });
    const unknown = await graphql(sandbox, create, { input: { ...input, appointment_type_id: phoneOnly, contact_type: 'Carrier Pigeon' } });
    expect(unknown.data?.createAppointment.messages).toEqual([{ field: 'contact_type', message: 'is invalid' }]);

    const booked = await graphql(sandbox, create, { input: { ...input, appointment_type_id: phoneOnly } });
    const id = booked.data?.createAppointment.appointment.id;
    expect((await graphql(sandbox, update, { input: { id, contact_type: 'Healthie Video Call' } })).data?.updateAppointment.messages).toEqual(notOffered);
    expect((await graphql(sandbox, update, { input: { id, appointment_type_id: videoOnly } })).data?.updateAppointment.messages).toEqual(notOffered);
    const moved = await graphql(sandbox, update, { input: { id, appointment_type_id: videoOnly, contact_type: 'Healthie Video Call' } });
    expect(moved.data?.updateAppointment.messages).toBeNull();
    expect((await control(sandbox, 'POST', '/_sandbox/appointments', { ...input, appointment_type_id: videoOnly })).body.messages).toEqual(notOffered);
    await control(sandbox, 'PATCH', `/_sandbox/appointment-types/${videoOnly}`, { available_contact_types: ['Phone Call'] });
    expect((await graphql(sandbox, update, { input: { id, notes: 'changes neither' } })).data?.updateAppointment.messages).toBeNull();
  });
});

describe('metadata', () => {
  it('comes back as the serialized JSON string it was sent as, and an update replaces it', async () => {
    const sent = JSON.stringify({ source: 'healthie-connect', pushId: 'p-1' });
    const created = await graphql(sandbox, create, { input: { ...(await bookingInput('Meta')), metadata: sent } });
    expect(created.data?.createAppointment).toEqual({ appointment: { id: expect.any(String), metadata: sent }, messages: null });
    const id = created.data?.createAppointment.appointment.id;

    const replaced = await graphql(sandbox, update, { input: { id, metadata: { pushId: 'p-2' } } });
    expect(replaced.data?.updateAppointment.appointment.metadata).toEqual({ pushId: 'p-2' });
    expect((await graphql(sandbox, update, { input: { id, notes: 'no metadata given' } })).data?.updateAppointment.appointment.metadata).toEqual({ pushId: 'p-2' });
    expect((await graphql(sandbox, update, { input: { id, metadata: null } })).data?.updateAppointment.appointment.metadata).toBeNull();
  });

  it('is set and replaced through the control API too', async () => {
    const created = await control(sandbox, 'POST', '/_sandbox/appointments', { ...(await bookingInput('Control')), metadata: '{"pushId":"c-1"}' });
    expect(created.body.appointment.metadata).toBe('{"pushId":"c-1"}');
    const id = created.body.appointment.id;
    expect((await control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { metadata: { pushId: 'c-2' } })).body.appointment.metadata).toEqual({ pushId: 'c-2' });
    expect((await graphql(sandbox, read, { id })).data?.appointment.metadata).toEqual({ pushId: 'c-2' });
  });
});

describe('finding a create whose answer was lost', () => {
  it('lists the provider window with metadata and created_at, whatever the status', async () => {
    const input = await bookingInput('Lost');
    const created = await graphql(sandbox, create, { input: { ...input, metadata: '{"pushId":"lost-1"}' } });
    const id = created.data?.createAppointment.appointment.id;
    await graphql(sandbox, update, { input: { id, pm_status: 'Cancelled' } });

    const listed = await graphql(
      sandbox,
      `query($provider: ID, $from: ISO8601DateTime, $to: ISO8601DateTime) { appointments(provider_id: $provider, startDate: $from, endDate: $to,
        filter: "all", with_all_statuses: true) { nodes { id metadata created_at pm_status } } }`,
      { provider: input.other_party_id, from: '2031-05-06T13:45:00Z', to: '2031-05-06T14:15:00Z' },
    );
    const [node] = listed.data?.appointments.nodes ?? [];
    expect(listed.data?.appointments.nodes).toHaveLength(1);
    expect(node).toMatchObject({ id, metadata: '{"pushId":"lost-1"}', pm_status: 'Cancelled' });
    expect(Math.abs(Date.parse(node.created_at) - Date.now())).toBeLessThan(60_000);
  });
});

describe('deleteAppointment', () => {
  const remove = 'mutation DeleteAppointment($id: ID) { deleteAppointment(input: { id: $id }) { appointment { id } messages { field message } } }';

  it('answers NOT_FOUND for a second delete, and the deleted appointment is read with include_deleted and deleted_at', async () => {
    const created = await graphql(sandbox, create, { input: await bookingInput('Deleted') });
    const id = created.data?.createAppointment.appointment.id;
    expect((await graphql(sandbox, remove, { id })).data?.deleteAppointment).toEqual({ appointment: { id }, messages: null });
    const again = await graphql(sandbox, remove, { id });
    expect(again.data?.deleteAppointment).toBeNull();
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await graphql(sandbox, read, { id })).data?.appointment).toBeNull();
    const deleted = (await graphql(sandbox, read, { id, deleted: true })).data?.appointment;
    expect(deleted).toMatchObject({ id, deleted_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });
});
