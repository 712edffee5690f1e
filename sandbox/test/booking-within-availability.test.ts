// Booking inside a provider's availability: availableSlotsForRange, and createAppointment and
// updateAppointment with enforce_availability.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { addAppointmentType, addPatient, addProvider, control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
});
afterAll(() => sandbox.close());

const slotsQuery = `query Slots($provider: ID!, $types: [ID], $from: ISO8601DateTime, $to: ISO8601DateTime, $timezone: String) {
  availableSlotsForRange(provider_id: $provider, appointment_type_ids: $types, start_date: $from, end_date: $to, timezone: $timezone) {
    date length user_id appointment_type { id } is_fully_booked } }`;
const create = `mutation CreateAppointment($input: createAppointmentInput!) { createAppointment(input: $input) {
  appointment { id date } messages { field message } } }`;
const update = `mutation UpdateAppointment($input: updateAppointmentInput!) { updateAppointment(input: $input) {
  appointment { id date } messages { field message } } }`;

const outside = { field: 'datetime', message: "is outside the provider's availability" };
const overlaps = { field: 'datetime', message: 'overlaps another appointment' };

/** A provider in New York, available on Mondays from 09:00 to 17:00 from 5 January 2032, and a patient and an hour-long type to book. */
async function mondayPractice(name: string) {
  const provider = await addProvider(sandbox, name, { timezone: 'America/New_York' });
  await control(sandbox, 'POST', '/_sandbox/availabilities', { user_id: provider, is_repeating: true, day_of_week: 1, range_start: 'January 5, 2032', time: '09 00', end_time: '17 00' });
  const patient = await addPatient(sandbox, name);
  const hour = await addAppointmentType(sandbox, `${name} hour`, { length: 60 });
  const booking = (datetime: string, fields: Record<string, unknown> = {}) => ({
    other_party_id: provider,
    user_id: patient,
    appointment_type_id: hour,
    contact_type: 'Phone Call',
    datetime,
    timezone: 'America/New_York',
    ...fields,
  });
  const book = async (datetime: string, fields: Record<string, unknown> = {}) =>
    (await control(sandbox, 'POST', '/_sandbox/appointments', booking(datetime, fields))).body.appointment.id as string;
  const slotTimes = async (variables: Record<string, unknown>) =>
    ((await graphql(sandbox, slotsQuery, { provider, types: [hour], ...variables })).data?.availableSlotsForRange as { date: string }[]).map((slot) => slot.date);
  return { provider, patient, hour, booking, book, slotTimes };
}

describe('availableSlotsForRange', () => {
  it("gives the type's length back to back inside availability, less the times appointments hold", async () => {
    const practice = await mondayPractice('Slots');
    const monday = { from: '2032-01-05', to: '2032-01-05' };
    const slots = await graphql(sandbox, slotsQuery, { provider: practice.provider, types: [practice.hour], ...monday });
    expect(slots.data?.availableSlotsForRange).toHaveLength(8);
    expect(slots.data?.availableSlotsForRange[0]).toEqual({ date: '2032-01-05T09:00:00-05:00', length: 60, user_id: practice.provider, appointment_type: null, is_fully_booked: false });

    await practice.book('2032-01-05 10:00:00');
    await control(sandbox, 'PATCH', `/_sandbox/appointments/${await practice.book('2032-01-05 11:00:00')}`, { pm_status: 'Cancelled' });
    await control(sandbox, 'DELETE', `/_sandbox/appointments/${await practice.book('2032-01-05 12:00:00')}`);
    await practice.book('2032-01-05 14:30:00', { appointment_type_id: await addAppointmentType(sandbox, 'Half hour', { length: 30 }) });
    await control(sandbox, 'POST', '/_sandbox/appointments', { other_party_id: practice.provider, external_id_type: 'Google', datetime: '2032-01-05T21:00:00Z', length: 30 });
    expect(await practice.slotTimes(monday)).toEqual(['09:00', '11:00', '12:00', '13:00', '15:00'].map((time) => `2032-01-05T${time}:00-05:00`));
  });

  it('reads and renders in timezone, takes end_date as the whole day, and repeats across daylight-saving time', async () => {
    const practice = await mondayPractice('Zoned');
    const pacific = await practice.slotTimes({ from: '2032-01-05', to: '2032-01-05', timezone: 'America/Los_Angeles' });
    expect(pacific[0]).toBe('2032-01-05T06:00:00-08:00');
    expect(pacific).toHaveLength(8);
    expect(await practice.slotTimes({ from: '2032-01-04', to: '2032-01-04' })).toEqual([]);
    expect(await practice.slotTimes({ from: '2032-03-15T12:00:00-04:00', to: '2032-03-16' })).toEqual(['12:00', '13:00', '14:00', '15:00', '16:00'].map((time) => `2032-03-15T${time}:00-04:00`));
  });

  it('ends a weekly availability on end_on and leaves out slots that have begun', async () => {
    const provider = await addProvider(sandbox, 'Ending', { timezone: 'America/New_York' });
    const type = await addAppointmentType(sandbox, 'Ending hour', { length: 60 });
    await control(sandbox, 'POST', '/_sandbox/availabilities', { user_id: provider, is_repeating: true, day_of_week: 1, range_start: 'January 5, 2032', end_on: 'January 12, 2032', time: '09 00', end_time: '10 00' });
    const times = async (from: string, to: string) =>
      ((await graphql(sandbox, slotsQuery, { provider, types: [type], from, to })).data?.availableSlotsForRange as { date: string }[]).map((slot) => slot.date);
    expect(await times('2032-01-01', '2032-01-31')).toEqual(['2032-01-05T09:00:00-05:00', '2032-01-12T09:00:00-05:00']);

    const now = Math.floor(Date.now() / 1000) * 1000;
    const iso = (offsetMinutes: number) => new Date(now + offsetMinutes * 60_000).toISOString();
    await control(sandbox, 'POST', '/_sandbox/availabilities', { user_id: provider, start_datetime: iso(-90), end_datetime: iso(120) });
    expect((await times(iso(-180), iso(180))).map(Date.parse)).toEqual([now + 30 * 60_000]);
  });

  it("gives a group type's slots their appointment_type, and none for a type the provider does not offer", async () => {
    const practice = await mondayPractice('Typed');
    const group = await addAppointmentType(sandbox, 'Typed group', { length: 240, is_group: true });
    const elsewhere = await addAppointmentType(sandbox, 'Typed elsewhere', { provider_ids_for_appt_type_connections: [await addProvider(sandbox, 'Elsewhere')] });
    const slots = await graphql(sandbox, slotsQuery, { provider: practice.provider, types: [group, elsewhere], from: '2032-01-05', to: '2032-01-05' });
    expect(slots.data?.availableSlotsForRange).toEqual([
      { date: '2032-01-05T09:00:00-05:00', length: 240, user_id: practice.provider, appointment_type: { id: group }, is_fully_booked: false },
      { date: '2032-01-05T13:00:00-05:00', length: 240, user_id: practice.provider, appointment_type: { id: group }, is_fully_booked: false },
    ]);
  });

  it('answers without an API key, needs an appointment type, and refuses unknown ids', async () => {
    const practice = await mondayPractice('Public');
    const anonymous = await graphql(sandbox, slotsQuery, { provider: practice.provider, types: [practice.hour], from: '2032-01-05', to: '2032-01-05' }, { key: null });
    expect(anonymous.data?.availableSlotsForRange).toHaveLength(8);
    const codeOf = async (variables: Record<string, unknown>) => (await graphql(sandbox, slotsQuery, { provider: practice.provider, ...variables })).errors?.[0]?.extensions?.code;
    expect(await codeOf({})).toBe('BAD_USER_INPUT');
    expect(await codeOf({ types: ['1'] })).toBe('NOT_FOUND');
    expect(await codeOf({ provider: practice.patient, types: [practice.hour] })).toBe('NOT_FOUND');
    const badDate = await graphql(sandbox, slotsQuery, { provider: practice.provider, types: [practice.hour], from: 'next monday' });
    expect(badDate.errors?.[0]?.message).toBe(`Argument 'start_date' on Field 'availableSlotsForRange' has an invalid value ("next monday").`);
  });
});

describe('enforce_availability', () => {
  it('refuses a create outside availability or over another appointment, and only when asked', async () => {
    const practice = await mondayPractice('Enforced');
    await practice.book('2032-01-05 10:00:00');
    const messagesOf = async (datetime: string, fields: Record<string, unknown> = {}) =>
      (await graphql(sandbox, create, { input: practice.booking(datetime, { enforce_availability: true, ...fields }) })).data?.createAppointment.messages;
    expect(await messagesOf('2032-01-05 08:30:00')).toEqual([outside]);
    expect(await messagesOf('2032-01-05 16:30:00')).toEqual([outside]);
    expect(await messagesOf('2032-01-06 10:00:00')).toEqual([outside]);
    expect(await messagesOf('2032-01-05 10:30:00')).toEqual([overlaps]);
    expect(await messagesOf('2032-01-05 12:00:00')).toBeNull();
    expect(await messagesOf('2032-01-05 08:30:00', { enforce_availability: false })).toBeNull();
    expect(await messagesOf('2032-01-05 08:00:00')).toEqual([outside, overlaps]);
    await control(sandbox, 'PATCH', `/_sandbox/appointments/${await practice.book('2032-01-05 15:00:00')}`, { pm_status: 'Re-Scheduled' });
    expect(await messagesOf('2032-01-05 15:00:00')).toBeNull();
    // "Does not work with recurring appointments".
    expect(await messagesOf('2032-01-05 07:00:00', { recurring_appointment: { repeat_interval: 'Weekly', repeat_times: '2' } })).toBeNull();
    const controlled = await control(sandbox, 'POST', '/_sandbox/appointments', practice.booking('2032-01-05 20:00:00', { enforce_availability: true }));
    expect(controlled).toEqual({ status: 422, body: { messages: [outside] } });
  });

  it('refuses an update that moves an appointment outside availability or over another, but not one that leaves it where it is', async () => {
    const practice = await mondayPractice('Moved');
    await practice.book('2032-01-05 10:00:00');
    const id = await practice.book('2032-01-05 13:00:00');
    const messagesOf = async (fields: Record<string, unknown>) =>
      (await graphql(sandbox, update, { input: { id, enforce_availability: true, timezone: 'America/New_York', ...fields } })).data?.updateAppointment.messages;
    expect(await messagesOf({ datetime: '2032-01-05 10:30:00' })).toEqual([overlaps]);
    expect(await messagesOf({ datetime: '2032-01-05 18:00:00' })).toEqual([outside]);
    expect(await messagesOf({ datetime: '2032-01-05 13:30:00' })).toBeNull();
    expect(await messagesOf({ appointment_type_id: await addAppointmentType(sandbox, 'Moved long', { length: 240 }) })).toEqual([outside]);
    expect(await messagesOf({ other_party_id: await addProvider(sandbox, 'Unavailable') })).toEqual([outside]);

    const outsideHours = await practice.book('2032-01-05 19:00:00');
    const notes = await graphql(sandbox, update, { input: { id: outsideHours, enforce_availability: true, notes: 'stays where it is' } });
    expect(notes.data?.updateAppointment.messages).toBeNull();
    expect((await graphql(sandbox, update, { input: { id, datetime: '2032-01-05 18:00:00', timezone: 'America/New_York' } })).data?.updateAppointment.messages).toBeNull();
  });
});
