import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FIELDS_PER_MEMBER } from '../../src/workspace/member-fields.ts';
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
  ws = await fx.createTestWorkspace('Clinic');
  base = `/api/v1/workspaces/${ws.workspace.id}`;
});

const call = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: unknown) =>
  fx.app.inject({ method, url: `${base}${path}`, headers: bearer(ws.token), ...(payload !== undefined ? { payload: payload as never } : {}) });

/** What a reader of the resource sees, less the time it was last written. */
const visible = ({ updatedAt: _updatedAt, ...rest }: Record<string, unknown>) => rest;

const ethan = { firstName: 'Ethan', lastName: 'Brooks', email: 'ethan@example.com', phone: '415-555-0123', externalId: 'crm-7', labels: ['new'] };

describe('a partial update changes exactly what it names', () => {
  const memberChanges: Array<[string, Record<string, unknown>]> = [
    ['labels', { labels: ['vip'] }],
    ['fields', { fields: { 'crm:tier': 'gold' } }],
    ['firstName', { firstName: 'Eli' }],
    ['lastName', { lastName: 'Brookes' }],
    ['email', { email: 'eb@example.com' }],
    ['phone', { phone: '415-555-0199' }],
    ['externalId', { externalId: 'crm-8' }],
  ];
  it.each(memberChanges)('PATCH /members/:id with only %s', async (_name, change) => {
    const created = (await call('POST', '/members', ethan)).json();
    const res = await call('PATCH', `/members/${created.id}`, change);
    expect(res.statusCode).toBe(200);
    const after = (await call('GET', `/members/${created.id}`)).json();
    const expected = { ...visible(created), ...change };
    if ('phone' in change) Object.assign(expected, { phone: '+14155550199', phoneDisplay: '415-555-0199' });
    expect(visible(after)).toEqual(expected);
  });

  const calendarChanges: Array<[string, Record<string, unknown>]> = [
    ['name', { name: 'Renamed' }],
    ['timezone', { timezone: 'Europe/Berlin' }],
    ['description', { description: 'Mornings only' }],
    ['color', { color: '#123456' }],
    ['slug', { slug: 'renamed' }],
  ];
  it.each(calendarChanges)('PATCH /calendars/:id with only %s', async (_name, change) => {
    const created = (await call('POST', '/calendars', { name: 'Dr. Reyes', timezone: 'America/New_York', description: 'Intake', color: '#228be6' })).json();
    const res = await call('PATCH', `/calendars/${created.id}`, change);
    expect(res.statusCode).toBe(200);
    expect(visible((await call('GET', `/calendars/${created.id}`)).json())).toEqual({ ...visible(created), ...change });
  });
});

describe('contact details are trimmed before they are checked', () => {
  it('accepts an email and a phone pasted with spaces around them, and stores them trimmed', async () => {
    const res = await call('POST', '/members', { firstName: ' Ada ', email: ' ada@example.com ', phone: ' 415-555-0101 ', externalId: ' x-1 ' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ firstName: 'Ada', email: 'ada@example.com', phone: '+14155550101', phoneDisplay: '415-555-0101', externalId: 'x-1' });
    const patched = await call('PATCH', `/members/${res.json().id}`, { email: '\tADA@example.com  ' });
    expect(patched.json().email).toBe('ADA@example.com');
  });

  it('reads a blank optional value as cleared, and still refuses a wrong email naming it', async () => {
    const id = (await call('POST', '/members', { firstName: 'Ada', email: 'ada@example.com' })).json().id;
    expect((await call('PATCH', `/members/${id}`, { email: '   ' })).json().email).toBeNull();
    const wrong = await call('POST', '/members', { firstName: 'Bea', email: ' not an email ' });
    expect([wrong.statusCode, wrong.json().error.message]).toEqual([400, 'body.email: email is not an email address']);
    const blankName = await call('POST', '/members', { firstName: '   ' });
    expect(blankName.statusCode).toBe(400);
  });

  it('trims the same way in an import', async () => {
    const res = await call('POST', '/members/import', [{ firstName: 'Ada', email: ' ada@example.com ' }]);
    expect(res.json()).toMatchObject({ created: 1, errors: [] });
    expect((await call('GET', '/members')).json()[0].email).toBe('ada@example.com');
  });
});

describe('an import row has the limits of POST /members', () => {
  it.each([
    ['an email longer than 320 characters', { firstName: 'A', email: `${'a'.repeat(320)}@example.com` }, 'email'],
    ['a label longer than 100 characters', { firstName: 'A', email: 'a@example.com', labels: ['x'.repeat(101)] }, 'labels'],
    ['labels as one long string', { firstName: 'A', email: 'a@example.com', labels: Array.from({ length: 60 }, (_, i) => `l${i}`).join(';') }, 'labels'],
    ['a first name longer than 200 characters', { firstName: 'A'.repeat(201), email: 'a@example.com' }, 'firstName'],
  ])('refuses %s as that row\'s error, as POST does', async (_name, row, field) => {
    const imported = await call('POST', '/members/import', [row]);
    expect(imported.json()).toMatchObject({ created: 0, errors: [{ row: 1, message: expect.stringContaining(field) }] });
    const posted = await call('POST', '/members', row);
    expect(posted.statusCode).toBe(400);
    expect(posted.json().error.message).toContain(field);
  });
});

describe('member fields are capped', () => {
  it(`refuses more than ${MAX_FIELDS_PER_MEMBER} fields in one request, and a body of thousands by its size, changing nothing`, async () => {
    const id = (await call('POST', '/members', ethan)).json().id;
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`crm:k${i}`, 'v']));
    const tooMany = await call('PATCH', `/members/${id}`, { lastName: 'Changed', fields: fields(MAX_FIELDS_PER_MEMBER + 1) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain(`at most ${MAX_FIELDS_PER_MEMBER} fields`);
    const thousands = await call('PATCH', `/members/${id}`, { lastName: 'Changed', fields: fields(6_000) });
    expect([thousands.statusCode, thousands.json().error.code]).toEqual([413, 'body_too_large']);
    expect((await call('GET', `/members/${id}`)).json()).toMatchObject({ lastName: 'Brooks', fields: {} });
  });

  it(`refuses a request that would leave a member with more than ${MAX_FIELDS_PER_MEMBER} fields`, async () => {
    const id = (await call('POST', '/members', ethan)).json().id;
    const batch = (from: number, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`crm:k${from + i}`, 'v']));
    expect((await call('PATCH', `/members/${id}`, { fields: batch(0, MAX_FIELDS_PER_MEMBER) })).statusCode).toBe(200);
    const over = await call('PATCH', `/members/${id}`, { lastName: 'Changed', fields: batch(MAX_FIELDS_PER_MEMBER, 1) });
    expect([over.statusCode, over.json().error.code]).toEqual([400, 'too_many_fields']);
    const after = (await call('GET', `/members/${id}`)).json();
    expect([after.lastName, Object.keys(after.fields).length]).toEqual(['Brooks', MAX_FIELDS_PER_MEMBER]);
  });
});
