import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setCalendarSource } from '../../src/workspace/calendars.ts';
import { bearer, createApiFixture, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';

let fx: ApiFixture;
let ws: TestWorkspace;
let base: string;

beforeAll(async () => {
  fx = await createApiFixture();
});
afterAll(async () => fx.close());
beforeEach(async () => {
  await fx.database.truncate();
  ws = await fx.createTestWorkspace('Calendars');
  base = `/api/v1/workspaces/${ws.workspace.id}/calendars`;
});

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  fx.app.inject({ method, url, headers: bearer(ws.token), ...(payload ? { payload: payload as never } : {}) });
const get = (url: string) => fx.app.inject({ url, headers: bearer(ws.token) });

describe('calendars', () => {
  it('creates internal calendars with unique slugs, lists, renames and deletes them', async () => {
    const first = await send('POST', base, { name: 'Dr. Rivera', timezone: 'America/New_York' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ name: 'Dr. Rivera', slug: 'dr-rivera', source: 'internal', timezone: 'America/New_York', color: '#228be6' });
    const second = await send('POST', base, { name: 'Dr Rivera', timezone: 'UTC', color: '#ff0000' });
    expect(second.json().slug).toBe('dr-rivera-2');
    expect((await get(base)).json().map((c: { name: string }) => c.name)).toEqual(['Dr Rivera', 'Dr. Rivera']);
    const renamed = await send('PATCH', `${base}/${first.json().id}`, { name: 'Dr. A. Rivera', description: 'Mondays' });
    expect(renamed.json()).toMatchObject({ name: 'Dr. A. Rivera', description: 'Mondays' });
    const clash = await send('PATCH', `${base}/${first.json().id}`, { slug: 'dr-rivera-2' });
    expect(clash.statusCode).toBe(409);
    expect((await send('DELETE', `${base}/${second.json().id}`)).statusCode).toBe(204);
    expect((await get(base)).json()).toHaveLength(1);
  });

  it('keeps events in UTC and lists those starting within [from, to)', async () => {
    const calendar = (await send('POST', base, { name: 'Clinic', timezone: 'America/Los_Angeles' })).json();
    const type = (await send('POST', `${base}/${calendar.id}/event-types`, { name: 'Intake', durationMinutes: 45 })).json();
    const created = await send('POST', `${base}/${calendar.id}/events`, {
      title: 'Intake',
      startsAt: '2030-03-01T09:00:00-08:00',
      endsAt: '2030-03-01T09:45:00-08:00',
      eventTypeId: type.id,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ startsAt: '2030-03-01T17:00:00.000Z', durationMinutes: 45, status: 'booked', eventTypeId: type.id });
    // What the event's details show comes with it; an internal event has no contact type, external id or sync.
    expect(created.json()).toMatchObject({ eventType: { id: type.id, name: 'Intake' }, member: null, contactType: null, external: null, lastSyncedAt: null });
    const member = (await send('POST', `/api/v1/workspaces/${ws.workspace.id}/members`, { firstName: 'Rosa', lastName: 'Park' })).json();
    await send('POST', `${base}/${calendar.id}/events`, { title: 'Later', startsAt: '2030-03-05T17:00:00Z', endsAt: '2030-03-05T18:00:00Z', memberId: member.id });
    const window = await get(`${base}/${calendar.id}/events?from=2030-03-01T00:00:00Z&to=2030-03-02T00:00:00Z`);
    expect(window.json().map((e: { title: string }) => e.title)).toEqual(['Intake']);
    const later = await get(`${base}/${calendar.id}/events?from=2030-03-05T00:00:00Z&to=2030-03-06T00:00:00Z`);
    expect(later.json()).toEqual([expect.objectContaining({ title: 'Later', memberId: member.id, member: { id: member.id, name: 'Rosa Park' }, eventType: null })]);
    const types = await get(`${base}/${calendar.id}/event-types`);
    expect(types.json()).toEqual([expect.objectContaining({ name: 'Intake', durationMinutes: 45, external: null })]);
    expect((await get(`/api/v1/workspaces/${ws.workspace.id}/event-types`)).json()).toHaveLength(1);
  });

  it('refuses hand-made events, event types and deletion on a calendar linked to an external source', async () => {
    const calendar = (await send('POST', base, { name: 'Linked', timezone: 'UTC' })).json();
    await setCalendarSource(fx.database.db, calendar.id, 'healthie', { providerId: '1' });
    const event = await send('POST', `${base}/${calendar.id}/events`, { title: 'X', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z' });
    expect(event.statusCode).toBe(409);
    expect(event.json().error).toMatchObject({ code: 'calendar_linked', message: expect.stringContaining('Healthie') });
    expect((await send('POST', `${base}/${calendar.id}/event-types`, { name: 'X', durationMinutes: 30 })).statusCode).toBe(409);
    expect((await send('DELETE', `${base}/${calendar.id}`)).statusCode).toBe(409);
  });

  it('never shows one workspace the calendars of another', async () => {
    const other = await fx.createTestWorkspace('Other');
    await fx.app.inject({ method: 'POST', url: `/api/v1/workspaces/${other.workspace.id}/calendars`, headers: bearer(other.token), payload: { name: 'Theirs', timezone: 'UTC' } });
    await send('POST', base, { name: 'Ours', timezone: 'UTC' });
    expect((await get(base)).json().map((c: { name: string }) => c.name)).toEqual(['Ours']);
  });
});
