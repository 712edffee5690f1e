import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/workspace/calendars.ts';
import { createMember } from '../../src/workspace/members.ts';
import { bearer, createApiFixture, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';

let fx: ApiFixture;
let ws: TestWorkspace;
let memberId: string;
let calendarId: string;
const unknownId = '00000000-0000-4000-8000-000000000000';
const huge = 'x'.repeat(5000);

beforeAll(async () => {
  fx = await createApiFixture();
  ws = await fx.createTestWorkspace('Bad Input');
  memberId = (await createMember(fx.database.db, ws.workspace.id, { firstName: 'Keep', lastName: 'Me' }, 'US')).id;
  calendarId = (await createCalendar(fx.database.db, ws.workspace.id, { name: 'Main', timezone: 'UTC' })).id;
});
afterAll(async () => fx.close());

async function snapshot() {
  const { rows } = await fx.database.query(
    `select (select json_agg(m order by id) from members m) as members,
            (select json_agg(c order by id) from calendars c) as calendars,
            (select json_agg(e order by id) from calendar_events e) as events,
            (select json_agg(t order by id) from calendar_event_types t) as types,
            (select json_agg(f order by member_id) from member_fields f) as fields,
            (select json_agg(h order by id) from healthie_connections h) as connections,
            (select json_agg(r order by id) from calendar_sync_runs r) as runs`,
    [],
  );
  return JSON.stringify(rows[0]);
}

interface Case {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: () => string;
  payload: unknown;
  contentType?: string;
  status: number;
  mentions: string;
}

const ws_ = () => `/api/v1/workspaces/${ws.workspace.id}`;

const cases: Case[] = [
  { name: 'member without firstName', method: 'POST', url: () => `${ws_()}/members`, payload: { lastName: 'X' }, status: 400, mentions: 'firstName' },
  { name: 'member with a number for firstName', method: 'POST', url: () => `${ws_()}/members`, payload: { firstName: 12, lastName: 'X' }, status: 400, mentions: 'firstName' },
  { name: 'member with an oversize name', method: 'POST', url: () => `${ws_()}/members`, payload: { firstName: huge, lastName: 'X' }, status: 400, mentions: 'firstName' },
  { name: 'member with a bad email', method: 'POST', url: () => `${ws_()}/members`, payload: { firstName: 'A', lastName: 'B', email: 'nope' }, status: 400, mentions: 'email' },
  { name: 'member with a phone that is not a number', method: 'POST', url: () => `${ws_()}/members`, payload: { firstName: 'A', lastName: 'B', phone: '12' }, status: 400, mentions: 'phone' },
  { name: 'member body that is not an object', method: 'POST', url: () => `${ws_()}/members`, payload: ['a'], status: 400, mentions: 'body' },
  { name: 'patch of an unknown member', method: 'PATCH', url: () => `${ws_()}/members/${unknownId}`, payload: { firstName: 'A' }, status: 404, mentions: 'Member' },
  { name: 'patch with a malformed member id', method: 'PATCH', url: () => `${ws_()}/members/not-an-id`, payload: { firstName: 'A' }, status: 400, mentions: 'member id' },
  { name: 'patch with an un-namespaced field key', method: 'PATCH', url: () => `${ws_()}/members/${memberId}`, payload: { fields: { patient: '1' } }, status: 400, mentions: 'namespace:key' },
  { name: 'patch with an empty name', method: 'PATCH', url: () => `${ws_()}/members/${memberId}`, payload: { firstName: '' }, status: 400, mentions: 'firstName' },
  { name: 'patch with an oversize field value', method: 'PATCH', url: () => `${ws_()}/members/${memberId}`, payload: { fields: { 'crm:note': huge } }, status: 400, mentions: 'fields' },
  { name: 'delete of an unknown member', method: 'DELETE', url: () => `${ws_()}/members/${unknownId}`, payload: undefined, status: 404, mentions: 'Member' },
  { name: 'import of an empty array', method: 'POST', url: () => `${ws_()}/members/import`, payload: [], status: 400, mentions: 'at least one row' },
  { name: 'import of an object', method: 'POST', url: () => `${ws_()}/members/import`, payload: { firstName: 'A' }, status: 400, mentions: 'body' },
  { name: 'import of malformed CSV', method: 'POST', url: () => `${ws_()}/members/import`, payload: 'firstName,email\n"Ana,ana@example.com\n', contentType: 'text/csv', status: 400, mentions: 'CSV' },
  { name: 'import of CSV with ragged rows', method: 'POST', url: () => `${ws_()}/members/import`, payload: 'firstName,email\nAna,ana@example.com,extra\n', contentType: 'text/csv', status: 400, mentions: 'CSV' },
  { name: 'import of CSV with an unknown column', method: 'POST', url: () => `${ws_()}/members/import`, payload: 'firstName,shoeSize\nAna,9\n', contentType: 'text/csv', status: 400, mentions: 'shoeSize' },
  { name: 'import of an empty CSV', method: 'POST', url: () => `${ws_()}/members/import`, payload: '', contentType: 'text/csv', status: 400, mentions: 'empty' },
  { name: 'calendar without a timezone', method: 'POST', url: () => `${ws_()}/calendars`, payload: { name: 'X' }, status: 400, mentions: 'timezone' },
  { name: 'calendar with an unknown timezone', method: 'POST', url: () => `${ws_()}/calendars`, payload: { name: 'X', timezone: 'Mars/Olympus' }, status: 400, mentions: 'timezone' },
  { name: 'calendar with a bad colour', method: 'POST', url: () => `${ws_()}/calendars`, payload: { name: 'X', timezone: 'UTC', color: 'red' }, status: 400, mentions: 'color' },
  { name: 'calendar with an oversize name', method: 'POST', url: () => `${ws_()}/calendars`, payload: { name: huge, timezone: 'UTC' }, status: 400, mentions: 'name' },
  { name: 'patch of an unknown calendar', method: 'PATCH', url: () => `${ws_()}/calendars/${unknownId}`, payload: { name: 'X' }, status: 404, mentions: 'Calendar' },
  { name: 'calendar patch with a wrong type', method: 'PATCH', url: () => `${ws_()}/calendars/${calendarId}`, payload: { name: 5 }, status: 400, mentions: 'name' },
  { name: 'delete of an unknown calendar', method: 'DELETE', url: () => `${ws_()}/calendars/${unknownId}`, payload: undefined, status: 404, mentions: 'Calendar' },
  { name: 'event without startsAt', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/events`, payload: { title: 'A', endsAt: '2030-01-01T10:00:00Z' }, status: 400, mentions: 'startsAt' },
  { name: 'event with a date that is not ISO 8601', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/events`, payload: { title: 'A', startsAt: 'tomorrow', endsAt: '2030-01-01T10:00:00Z' }, status: 400, mentions: 'startsAt' },
  { name: 'event ending before it starts', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/events`, payload: { title: 'A', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T09:00:00Z' }, status: 400, mentions: 'endsAt' },
  { name: 'event with an unknown status', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/events`, payload: { title: 'A', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z', status: 'maybe' }, status: 400, mentions: 'status' },
  { name: 'event with an unknown member', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/events`, payload: { title: 'A', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z', memberId: unknownId }, status: 400, mentions: 'memberId' },
  { name: 'event with an unknown event type', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/events`, payload: { title: 'A', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z', eventTypeId: unknownId }, status: 400, mentions: 'eventTypeId' },
  { name: 'event on an unknown calendar', method: 'POST', url: () => `${ws_()}/calendars/${unknownId}/events`, payload: { title: 'A', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z' }, status: 404, mentions: 'Calendar' },
  { name: 'event type with zero minutes', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/event-types`, payload: { name: 'A', durationMinutes: 0 }, status: 400, mentions: 'durationMinutes' },
  { name: 'event type with a string duration', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/event-types`, payload: { name: 'A', durationMinutes: 'long' }, status: 400, mentions: 'durationMinutes' },
  { name: 'event type on an unknown calendar', method: 'POST', url: () => `${ws_()}/calendars/${unknownId}/event-types`, payload: { name: 'A', durationMinutes: 30 }, status: 404, mentions: 'Calendar' },
  { name: 'connection without an API key', method: 'PUT', url: () => `${ws_()}/connections/healthie`, payload: { baseUrl: null }, status: 400, mentions: 'apiKey' },
  { name: 'connection with a too short API key', method: 'PUT', url: () => `${ws_()}/connections/healthie`, payload: { apiKey: 'abc' }, status: 400, mentions: 'apiKey' },
  { name: 'connection with a number for Base URL', method: 'PUT', url: () => `${ws_()}/connections/healthie`, payload: { apiKey: 'gh_sbox_long-enough-key', baseUrl: 12 }, status: 400, mentions: 'baseUrl' },
  { name: 'connection with a Base URL that is not a URL', method: 'PUT', url: () => `${ws_()}/connections/healthie`, payload: { apiKey: 'gh_sbox_long-enough-key', baseUrl: 'not a url' }, status: 400, mentions: 'Base URL' },
  { name: 'connection with an oversize API key', method: 'PUT', url: () => `${ws_()}/connections/healthie`, payload: { apiKey: huge }, status: 400, mentions: 'apiKey' },
  { name: 'link without a provider', method: 'PUT', url: () => `${ws_()}/calendars/${calendarId}/healthie-link`, payload: {}, status: 400, mentions: 'providerId' },
  { name: 'link with a malformed provider id', method: 'PUT', url: () => `${ws_()}/calendars/${calendarId}/healthie-link`, payload: { providerId: '../../etc' }, status: 400, mentions: 'providerId' },
  { name: 'link of an unknown calendar', method: 'PUT', url: () => `${ws_()}/calendars/${unknownId}/healthie-link`, payload: { providerId: '1' }, status: 404, mentions: 'Calendar' },
  { name: 'link before Healthie is connected', method: 'PUT', url: () => `${ws_()}/calendars/${calendarId}/healthie-link`, payload: { providerId: '1' }, status: 409, mentions: 'not connected' },
  { name: 'unlink of a calendar that is not linked', method: 'DELETE', url: () => `${ws_()}/calendars/${calendarId}/healthie-link`, payload: undefined, status: 409, mentions: 'not linked' },
  { name: 'Sync Now of an unknown calendar', method: 'POST', url: () => `${ws_()}/calendars/${unknownId}/sync`, payload: undefined, status: 404, mentions: 'Calendar' },
  { name: 'Sync Now of an internal calendar', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/sync`, payload: undefined, status: 409, mentions: 'not linked' },
  { name: 'member with a NUL byte in the name', method: 'POST', url: () => `${ws_()}/members`, payload: { firstName: 'A\u0000B', lastName: 'X' }, status: 400, mentions: 'NUL' },
  { name: 'event lasting centuries', method: 'POST', url: () => `${ws_()}/calendars/${calendarId}/events`, payload: { title: 'A', startsAt: '1970-01-01T00:00:00Z', endsAt: '9999-01-01T00:00:00Z' }, status: 400, mentions: 'endsAt' },
  { name: 'invalid JSON', method: 'POST', url: () => `${ws_()}/members`, payload: '{"firstName": ', contentType: 'application/json', status: 400, mentions: 'JSON' },
];

describe('bad input on write routes', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.status} naming the problem, nothing written`, async () => {
      const before = await snapshot();
      const res = await fx.app.inject({
        method: c.method,
        url: c.url(),
        headers: { ...bearer(ws.token), ...(c.contentType ? { 'content-type': c.contentType } : {}) },
        ...(c.payload !== undefined ? { payload: c.payload as never } : {}),
      });
      expect(res.statusCode).toBe(c.status);
      const body = res.json();
      expect(body.error.code).toEqual(expect.any(String));
      expect(body.error.message).toContain(c.mentions);
      expect(await snapshot()).toBe(before);
    });
  }
});
