// Kinds of appointment Healthie's schema tells apart: events pulled in from an external calendar,
// provider and client confirmation, group appointments and recurring series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { addAppointmentType, addPatient, addProvider, control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
});
afterAll(() => sandbox.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const createProvider = (lastName: string) => addProvider(sandbox, lastName);
const createPatient = (firstName: string) => addPatient(sandbox, firstName);
const createType = (name: string, isGroup = false) => addAppointmentType(sandbox, name, { is_group: isGroup });

const listIds = async (providerId: string, args = '') =>
  ((await graphql(sandbox, `{ appointments(provider_id: "${providerId}", ${args}) { nodes { id } } }`)).data?.appointments.nodes as { id: string }[]).map(
    (node) => node.id,
  );

describe('events pulled in from an external calendar', () => {
  it('are marked by external_id_type and left out with filter_synced_appointments', async () => {
    const providerId = await createProvider('Synced');
    const typeId = await createType('Visit');
    const patientId = await createPatient('Sync');
    const booked = await control(sandbox, 'POST', '/_sandbox/appointments', {
      other_party_id: providerId,
      user_id: patientId,
      appointment_type_id: typeId,
      contact_type: 'Phone Call',
      datetime: inDays(2),
    });
    const pulled = await control(sandbox, 'POST', '/_sandbox/appointments', { other_party_id: providerId, external_id_type: 'Google', datetime: inDays(3), length: 45 });
    expect(pulled.status).toBe(201);
    const seen = await graphql(sandbox, 'query($id: ID) { appointment(id: $id) { external_id_type length user { id } appointment_type { id } } }', { id: pulled.body.appointment.id });
    expect(seen.data?.appointment).toEqual({ external_id_type: 'Google', length: 45, user: null, appointment_type: null });

    expect(await listIds(providerId)).toEqual([booked.body.appointment.id, pulled.body.appointment.id]);
    expect(await listIds(providerId, 'filter_synced_appointments: true')).toEqual([booked.body.appointment.id]);
    expect(await listIds(providerId, 'show_appointments: false')).toEqual([pulled.body.appointment.id]);
    expect((await control(sandbox, 'POST', '/_sandbox/appointments', { external_id_type: 'iCloud', datetime: inDays(3) })).body.messages).toEqual([
      { field: 'external_id_type', message: 'is invalid' },
    ]);
  });
});

describe('confirmation', () => {
  const update = `mutation($input: updateAppointmentInput!) { updateAppointment(input: $input) {
    appointment { id pm_status confirmed client_confirmed } messages { field message } } }`;

  it('is the provider flag confirmed and the client flag client_confirmed, set by updateAppointment and the control API; "Confirmed" is no pm_status', async () => {
    const providerId = await createProvider('Confirming');
    const booked = await control(sandbox, 'POST', '/_sandbox/appointments', {
      other_party_id: providerId,
      user_id: await createPatient('Confirm'),
      appointment_type_id: await createType('Check-up'),
      contact_type: 'Phone Call',
      datetime: inDays(4),
    });
    const id = booked.body.appointment.id;
    const confirmed = await graphql(sandbox, update, { input: { id, confirmed: true, client_confirmed: true } });
    expect(confirmed.data?.updateAppointment).toEqual({ appointment: { id, pm_status: '', confirmed: true, client_confirmed: true }, messages: null });
    expect((await control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { client_confirmed: false })).body.appointment.clientConfirmed).toBe(false);
    expect(await listIds(providerId, 'filter_by_provider_confirmed: true, filter_by_client_confirmed: false')).toEqual([id]);
    expect(await listIds(providerId, 'filter_by_client_confirmed: true')).toEqual([]);

    const refused = await graphql(sandbox, update, { input: { id, pm_status: 'Confirmed' } });
    expect(refused.data?.updateAppointment.messages).toEqual([{ field: 'pm_status', message: 'is not included in the list' }]);
  });
});

describe('group appointments', () => {
  const read = `query($id: ID) { appointment(id: $id) {
    user { id } user_id attendees { id } appointment_inclusions_count appointment_category is_group } }`;

  it('have attendees and no user; a 1:1 has its client as user and only attendee', async () => {
    const providerId = await createProvider('Grouping');
    const clients = [await createPatient('Ana'), await createPatient('Ben'), await createPatient('Cai')];
    const group = await control(sandbox, 'POST', '/_sandbox/appointments', {
      other_party_id: providerId,
      attendee_ids: clients,
      appointment_type_id: await createType('Workshop', true),
      contact_type: 'Healthie Video Call',
      datetime: inDays(5),
    });
    expect(group.status).toBe(201);
    expect((await graphql(sandbox, read, { id: group.body.appointment.id })).data?.appointment).toEqual({
      user: null,
      user_id: null,
      attendees: clients.map((id) => ({ id })),
      appointment_inclusions_count: 4,
      appointment_category: 'Group',
      is_group: true,
    });
    const single = await control(sandbox, 'POST', '/_sandbox/appointments', {
      other_party_id: providerId,
      user_id: clients[0],
      appointment_type_id: await createType('Consult'),
      contact_type: 'Phone Call',
      datetime: inDays(6),
    });
    expect((await graphql(sandbox, read, { id: single.body.appointment.id })).data?.appointment).toEqual({
      user: { id: clients[0] },
      user_id: Number(clients[0]),
      attendees: [{ id: clients[0] }],
      appointment_inclusions_count: 2,
      appointment_category: 'Individual',
      is_group: false,
    });
    const ofSecondClient = await graphql(sandbox, 'query($id: ID) { appointments(user_id: $id) { nodes { id } } }', { id: clients[1] });
    expect(ofSecondClient.data?.appointments.nodes).toEqual([{ id: group.body.appointment.id }]);
  });
});

describe('recurring appointments', () => {
  const createSeries = `mutation($input: createAppointmentInput!) { createAppointment(input: $input) {
    appointment { id current_position_in_recurring_series recurring_appointment { id repeat_interval repeat_times join_all
      appointments { nodes { id date current_position_in_recurring_series } } } }
    messages { field message } } }`;

  it('come from createAppointment with recurring_appointment, a week apart at the same wall time, and go with deleteRecurring', async () => {
    const booked = await graphql(sandbox, createSeries, {
      input: {
        user_id: await createPatient('Rae'),
        appointment_type_id: await createType('Weekly therapy'),
        contact_type: 'Healthie Video Call',
        datetime: '2031-03-03 10:00:00',
        timezone: 'America/New_York',
        recurring_appointment: { repeat_interval: 'Weekly', repeat_times: '4' },
      },
    });
    expect(booked.data?.createAppointment.messages).toBeNull();
    const { appointment } = booked.data?.createAppointment;
    expect(appointment.current_position_in_recurring_series).toBe(1);
    expect(appointment.recurring_appointment).toMatchObject({ repeat_interval: 'Weekly', repeat_times: '4', join_all: false });
    const sessions = appointment.recurring_appointment.appointments.nodes as { id: string; date: string; current_position_in_recurring_series: number }[];
    // 2031-03-09 is the first day of daylight saving time: the wall time stays, the offset moves.
    expect(sessions.map((session) => session.date)).toEqual(['2031-03-03T10:00:00-05:00', '2031-03-10T10:00:00-04:00', '2031-03-17T10:00:00-04:00', '2031-03-24T10:00:00-04:00']);
    expect(sessions.map((session) => session.current_position_in_recurring_series)).toEqual([1, 2, 3, 4]);

    await graphql(sandbox, 'mutation($id: ID) { deleteAppointment(input: { id: $id, deleteRecurring: true }) { messages { message } } }', { id: sessions[1]?.id });
    const left = await graphql(sandbox, 'query($id: ID) { appointment(id: $id) { recurring_appointment { appointments { nodes { id } } } } }', { id: appointment.id });
    expect(left.data?.appointment.recurring_appointment.appointments.nodes).toEqual([{ id: sessions[0]?.id }]);
  });

  it('refuses an unknown interval or count in messages', async () => {
    const refused = await graphql(sandbox, createSeries, {
      input: {
        user_id: await createPatient('Sol'),
        appointment_type_id: await createType('Daily'),
        contact_type: 'Phone Call',
        datetime: '2031-04-01T10:00:00Z',
        recurring_appointment: { repeat_interval: 'Daily', repeat_times: 'five' },
      },
    });
    expect(refused.data?.createAppointment.messages).toEqual([
      { field: 'repeat_interval', message: 'is invalid' },
      { field: 'repeat_times', message: 'is invalid' },
    ]);
  });
});
