// Provider availability: createAvailability in the formats its input's descriptions require, the
// availabilities query, deleteAvailability, the control API's routes, and the seeds' working hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { addProvider, control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
});
afterAll(() => sandbox.close());

const create = `mutation CreateAvailability($input: createAvailabilityInput) { createAvailability(input: $input) {
  availability { id } messages { field message } } }`;
const list = `query($provider: ID) { availabilities(availability_provider_id: $provider) {
  id day_of_week is_repeating range_start range_end duration_string timezone timezone_abbr end_on repeating_availability_id resourceId user_id user { id } } }`;
const remove = 'mutation($id: ID) { deleteAvailability(input: { id: $id }) { availability { id } messages { field message } } }';

const listed = async (provider: string) => (await graphql(sandbox, list, { provider })).data?.availabilities;

describe('createAvailability and availabilities', () => {
  it('makes a weekly availability from "month_name DD, YYYY" and "HH MM", on the first day_of_week from range_start', async () => {
    const provider = await addProvider(sandbox, 'Weekly', { timezone: 'America/New_York' });
    const created = await graphql(sandbox, create, {
      input: { user_id: provider, is_repeating: true, day_of_week: 1, range_start: 'December 30, 2031', time: '09 00', end_time: '17 00', end_on: 'March 1, 2032' },
    });
    expect(created.data?.createAvailability.messages).toBeNull();
    const id = created.data?.createAvailability.availability.id;
    expect(await listed(provider)).toEqual([
      {
        id,
        day_of_week: 1,
        is_repeating: true,
        range_start: '2032-01-05T09:00:00-05:00',
        range_end: '2032-01-05T17:00:00-05:00',
        duration_string: '8h',
        timezone: 'America/New_York',
        timezone_abbr: 'EST',
        end_on: '2032-03-01',
        repeating_availability_id: id,
        resourceId: provider,
        user_id: Number(provider),
        user: { id: provider },
      },
    ]);
  });

  it('makes a one-time availability from start_datetime and end_datetime, in the timezone given', async () => {
    const provider = await addProvider(sandbox, 'Once', { timezone: 'America/New_York' });
    const input = { user_id: provider, start_datetime: '2032-02-03 13:00:00', end_datetime: '2032-02-03 17:20:00', timezone: 'America/Chicago' };
    expect((await graphql(sandbox, create, { input })).data?.createAvailability.messages).toBeNull();
    expect(await listed(provider)).toEqual([
      expect.objectContaining({
        is_repeating: false,
        range_start: '2032-02-03T14:00:00-05:00',
        duration_string: '4h 20min',
        timezone: 'America/Chicago',
        timezone_abbr: 'CST',
        repeating_availability_id: null,
      }),
    ]);
  });

  it("lists the caller's own availability without availability_provider_id", async () => {
    const own = await graphql(sandbox, create, { input: { range_start: 'April 6, 2032', time: '08 00', end_time: '08 30' } });
    const id = own.data?.createAvailability.availability.id;
    const mine = await graphql(sandbox, '{ availabilities { id resourceId duration_string } }');
    expect(mine.data?.availabilities).toContainEqual({ id, resourceId: sandbox.apiKeys[0]?.userId, duration_string: '30min' });
  });

  it('reports inputs it cannot read in messages', async () => {
    const provider = await addProvider(sandbox, 'Unreadable');
    const messagesOf = async (input: Record<string, unknown>) => (await graphql(sandbox, create, { input: { user_id: provider, ...input } })).data?.createAvailability.messages;
    expect(await messagesOf({ range_start: '2032-01-05', time: '9:00', end_time: '17 00' })).toEqual([
      { field: 'range_start', message: 'is invalid' },
      { field: 'time', message: 'is invalid' },
    ]);
    expect(await messagesOf({ range_start: 'February 30, 2032' })).toEqual([
      { field: 'range_start', message: 'is invalid' },
      { field: 'time', message: "can't be blank" },
      { field: 'end_time', message: "can't be blank" },
    ]);
    expect(await messagesOf({ range_start: 'January 5, 2032', time: '17 00', end_time: '09 00' })).toEqual([{ field: 'end_time', message: 'must be after the start' }]);
    expect(await messagesOf({ start_datetime: '2032-01-05T10:00:00Z', is_repeating: true, day_of_week: 7 })).toEqual([
      { field: 'day_of_week', message: 'is invalid' },
      { field: 'end_datetime', message: "can't be blank" },
    ]);
    expect(await messagesOf({ range_start: 'January 5, 2032', time: '09 00', end_time: '17 00', timezone: 'Mars/Olympus' })).toEqual([{ field: 'timezone', message: 'is invalid' }]);
    const patient = await control(sandbox, 'POST', '/_sandbox/patients', { first_name: 'Not', last_name: 'Provider', email: 'not.provider@example.com' });
    expect(await messagesOf({ user_id: patient.body.patient.id, range_start: 'January 5, 2032', time: '09 00', end_time: '17 00' })).toEqual([{ field: 'user_id', message: 'is invalid' }]);
  });

  it('deletes with deleteAvailability; a second delete is NOT_FOUND', async () => {
    const provider = await addProvider(sandbox, 'Deleting');
    const created = await graphql(sandbox, create, { input: { user_id: provider, range_start: 'January 6, 2032', time: '09 00', end_time: '12 00' } });
    const id = created.data?.createAvailability.availability.id;
    expect((await graphql(sandbox, remove, { id })).data?.deleteAvailability).toEqual({ availability: { id }, messages: null });
    expect(await listed(provider)).toEqual([]);
    expect((await graphql(sandbox, remove, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('availability through the control API', () => {
  it("is created with createAvailability's input and deleted; it has no PATCH", async () => {
    const provider = await addProvider(sandbox, 'Controlled', { timezone: 'America/Denver' });
    const created = await control(sandbox, 'POST', '/_sandbox/availabilities', { user_id: provider, is_repeating: true, day_of_week: 2, range_start: 'January 5, 2032', time: '10 00', end_time: '14 00' });
    expect(created.status).toBe(201);
    expect(created.body.availability).toMatchObject({ providerId: provider, timezone: 'America/Denver', isRepeating: true, startsAt: Date.parse('2032-01-06T10:00:00-07:00') });
    const id = created.body.availability.id;
    expect((await listed(provider)).map((availability: { id: string }) => availability.id)).toEqual([id]);

    expect((await control(sandbox, 'POST', '/_sandbox/availabilities', { user_id: provider, range_start: 'January 5, 2032' })).status).toBe(422);
    expect((await control(sandbox, 'POST', '/_sandbox/availabilities', { provider: provider })).status).toBe(400);
    expect((await control(sandbox, 'PATCH', `/_sandbox/availabilities/${id}`, { time: '11 00' })).status).toBe(405);
    expect((await control(sandbox, 'DELETE', `/_sandbox/availabilities/${id}`)).body.availability.id).toBe(id);
    expect((await control(sandbox, 'DELETE', `/_sandbox/availabilities/${id}`)).status).toBe(404);
    expect(await listed(provider)).toEqual([]);
  });
});

describe('seeded availability', () => {
  const wallClock = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(Date.parse(iso));

  it('gives every demo clinician weekdays 09:00 to 17:00 in their own timezone, and the front desk none', async () => {
    const { body } = await control(sandbox, 'POST', '/_sandbox/reset', { seed: 'demo' });
    const key = body.apiKeys[0].key;
    const members = (await graphql(sandbox, '{ organizationMembers { nodes { id last_name timezone } } }', {}, { key })).data?.organizationMembers.nodes;
    expect(members).toHaveLength(6);
    for (const member of members as { id: string; last_name: string; timezone: string }[]) {
      const availabilities = (await graphql(sandbox, list, { provider: member.id }, { key })).data?.availabilities as { day_of_week: number; range_start: string; range_end: string; timezone: string; is_repeating: boolean }[];
      const hours = availabilities
        .map((availability) => [availability.day_of_week, wallClock(availability.range_start, member.timezone), wallClock(availability.range_end, member.timezone), availability.timezone, availability.is_repeating])
        .sort();
      const weekdays = member.last_name === 'Lee' ? [] : [1, 2, 3, 4, 5];
      expect(hours).toEqual(weekdays.map((day) => [day, '09:00', '17:00', member.timezone, true]));
    }
  });

  it('gives the empty and scale seeds none', async () => {
    for (const seed of ['empty', { scale: { providers: 2, patients: 5, appointments: 5 } }]) {
      const { body } = await control(sandbox, 'POST', '/_sandbox/reset', { seed });
      const providers = (await graphql(sandbox, '{ organizationMembers { nodes { id } } }', {}, { key: body.apiKeys[0].key })).data?.organizationMembers.nodes;
      for (const provider of providers as { id: string }[]) {
        expect((await graphql(sandbox, list, { provider: provider.id }, { key: body.apiKeys[0].key })).data?.availabilities).toEqual([]);
      }
    }
  });
});
