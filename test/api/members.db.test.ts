import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
  base = `/api/v1/workspaces/${ws.workspace.id}/members`;
});

const post = (url: string, token: string, payload: unknown, headers: Record<string, string> = {}) =>
  fx.app.inject({ method: 'POST', url, headers: { ...bearer(token), ...headers }, payload: payload as never });

/** Adds members named by first name, all with the last name Test. */
async function addMembers(rows: ReadonlyArray<readonly [firstName: string, email: string, phone: string]>) {
  for (const [firstName, email, phone] of rows) {
    expect((await post(base, ws.token, { firstName, lastName: 'Test', email, phone })).statusCode).toBe(201);
  }
}

describe('members', () => {
  it('creates a member with the phone stored in E.164 and the original kept for display', async () => {
    const res = await post(base, ws.token, { firstName: 'Maria', lastName: 'Lopez', email: 'Maria@Example.com', phone: '(415) 555-0101' });
    expect(res.statusCode).toBe(201);
    const member = res.json();
    expect(member).toMatchObject({ firstName: 'Maria', email: 'Maria@Example.com', phone: '+14155550101', phoneDisplay: '(415) 555-0101' });
    const got = await fx.app.inject({ url: `${base}/${member.id}`, headers: bearer(ws.token) });
    expect(got.json().phone).toBe('+14155550101');
  });

  it('lists, searches by name, email and phone digits, and pages with a total count', async () => {
    await addMembers([
      ['Ana', 'ana@example.com', '415-555-0111'],
      ['Ben', 'ben@example.com', '415-555-0112'],
      ['Cy', 'cy@example.org', '628-555-0113'],
    ]);
    const page = await fx.app.inject({ url: `${base}?limit=2&offset=0`, headers: bearer(ws.token) });
    expect(page.json()).toHaveLength(2);
    expect(page.headers['x-total-count']).toBe('3');
    const byEmail = await fx.app.inject({ url: `${base}?search=example.org`, headers: bearer(ws.token) });
    expect(byEmail.json().map((m: { firstName: string }) => m.firstName)).toEqual(['Cy']);
    const byPhone = await fx.app.inject({ url: `${base}?search=${encodeURIComponent('(415) 555-0112')}`, headers: bearer(ws.token) });
    expect(byPhone.json().map((m: { firstName: string }) => m.firstName)).toEqual(['Ben']);
  });

  it('finds the members with exactly an email, in any case, or a phone, however it is written', async () => {
    await addMembers([
      ['Ana', 'ana@example.com', '415-555-0111'],
      ['Bea', 'joana@example.com', '+1 415 555 0111 ext. 2'],
      ['Cy', 'cy@example.org', '628-555-0113'],
    ]);
    const names = async (query: Record<string, string>) => {
      const res = await fx.app.inject({ url: `${base}?${new URLSearchParams(query)}`, headers: bearer(ws.token) });
      expect(res.statusCode).toBe(200);
      return res.json().map((m: { firstName: string }) => m.firstName);
    };
    // Not "joana@example.com", which only contains it.
    expect(await names({ email: ' ANA@example.com ' })).toEqual(['Ana']);
    expect(await names({ phone: '(415) 555 0111' })).toEqual(['Ana', 'Bea']);
    expect(await names({ phone: '555-0111' })).toEqual([]);
    expect(await names({ phone: 'not a phone' })).toEqual([]);
    expect(await names({ email: 'cy@example.org', phone: '415-555-0111' })).toEqual([]);
    const tooLong = await fx.app.inject({ url: `${base}?email=${'a'.repeat(321)}`, headers: bearer(ws.token) });
    expect(tooLong.statusCode).toBe(400);
  });

  it('sets and removes namespaced fields, auditing their keys', async () => {
    const a = (await post(base, ws.token, { firstName: 'A', lastName: 'One', email: 'a@example.com' })).json();
    const patch = (id: string, fields: Record<string, string | null>) =>
      fx.app.inject({ method: 'PATCH', url: `${base}/${id}`, headers: bearer(ws.token), payload: { fields } });
    const set = await patch(a.id, { 'crm:id': 'c-1', 'crm:tier': 'gold' });
    expect(set.json().fields).toEqual({ 'crm:id': 'c-1', 'crm:tier': 'gold' });
    expect((await patch(a.id, { 'crm:tier': null })).json().fields).toEqual({ 'crm:id': 'c-1' });
    const withField = await fx.app.inject({ url: `${base}?field=crm:id`, headers: bearer(ws.token) });
    expect(withField.json().map((m: { id: string }) => m.id)).toEqual([a.id]);
    const audit = await fx.app.inject({ url: `/api/v1/workspaces/${ws.workspace.id}/audit-log`, headers: bearer(ws.token) });
    expect(audit.json().map((e: { action: string }) => e.action)).toEqual(['member.fields_updated', 'member.fields_updated']);
  });

  it('deletes a member', async () => {
    const a = (await post(base, ws.token, { firstName: 'A', lastName: 'One' })).json();
    const res = await fx.app.inject({ method: 'DELETE', url: `${base}/${a.id}`, headers: bearer(ws.token) });
    expect(res.statusCode).toBe(204);
    expect((await fx.app.inject({ url: `${base}/${a.id}`, headers: bearer(ws.token) })).statusCode).toBe(404);
  });
});

describe('member import', () => {
  const importUrl = () => `${base}/import`;

  it('imports JSON rows: creates new members, updates those matching by email, phone or external id, reports bad rows', async () => {
    await post(base, ws.token, { firstName: 'Old', lastName: 'Email', email: 'keep@example.com' });
    await post(base, ws.token, { firstName: 'Old', lastName: 'Phone', phone: '415 555 0120' });
    await post(base, ws.token, { firstName: 'Old', lastName: 'Ext', externalId: 'crm-7' });
    const res = await post(importUrl(), ws.token, [
      { firstName: 'New', lastName: 'Person', email: 'new@example.com' },
      { firstName: 'Renamed', email: 'KEEP@example.com' },
      { lastName: 'ByPhone', phone: '+1 (415) 555-0120' },
      { externalId: 'crm-7', labels: ['vip'] },
      { firstName: 'Nobody' },
      { firstName: 'Bad', email: 'not-an-email' },
      { firstName: 'Bad', phone: '12' },
      { email: 'no-name@example.com' },
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 1, updated: 3 });
    expect(body.errors.map((e: { row: number }) => e.row)).toEqual([5, 6, 7, 8]);
    expect(body.errors[0].message).toContain('needs an email, a phone or an external id');
    expect(body.errors[1].message).toContain('email');
    expect(body.errors[2].message).toContain('phone');
    expect(body.errors[3].message).toContain('firstName is required');
    const all = (await fx.app.inject({ url: `${base}?limit=50`, headers: bearer(ws.token) })).json();
    expect(all).toHaveLength(4);
    expect(all.find((m: { email: string }) => m.email === 'KEEP@example.com')?.firstName).toBe('Renamed');
    expect(all.find((m: { externalId: string }) => m.externalId === 'crm-7')?.labels).toEqual(['vip']);
  });

  it('imports CSV with flexible headers, quoted fields and per-row errors', async () => {
    const csv = [
      'First Name,Last Name,Email,Phone,External ID',
      'Ana,"de la Cruz",ana@example.com,"(415) 555-0101",',
      'Ben,Ortiz,,415.555.0102,crm-2',
      'Cy,Nope,not-an-email,,',
    ].join('\n');
    const res = await post(importUrl(), ws.token, csv, { 'content-type': 'text/csv' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, updated: 0, errors: [{ row: 3 }] });
    const again = await post(importUrl(), ws.token, csv, { 'content-type': 'text/csv' });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('reports a row with a NUL byte as that row\'s error and imports the rest', async () => {
    const res = await post(importUrl(), ws.token, [
      { firstName: 'Good', email: 'good@example.com' },
      { firstName: 'Bad\u0000', email: 'bad@example.com' },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, errors: [{ row: 2, message: expect.stringContaining('NUL') }] });
  });

  it('runs two imports of the same rows at once without creating anyone twice', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ firstName: `P${i}`, email: `same${i}@example.com` }));
    const [a, b] = await Promise.all([post(importUrl(), ws.token, rows), post(importUrl(), ws.token, rows)]);
    expect(a.json().created + b.json().created).toBe(200);
    expect(a.json().unchanged + b.json().unchanged).toBe(200);
    const page = await fx.app.inject({ url: `${base}?limit=1`, headers: bearer(ws.token) });
    expect(page.headers['x-total-count']).toBe('200');
  });

  it('refuses a row matching several members by a shared email instead of guessing', async () => {
    await post(base, ws.token, { firstName: 'Linh', lastName: 'Nguyen', email: 'family@example.com' });
    await post(base, ws.token, { firstName: 'Bao', lastName: 'Nguyen', email: 'family@example.com' });
    const res = await post(importUrl(), ws.token, [{ firstName: 'Who', email: 'family@example.com' }]);
    expect(res.json()).toMatchObject({ created: 0, updated: 0, errors: [{ row: 1 }] });
    expect(res.json().errors[0].message).toContain('matches 2 members');
  });

  it('imports 10,000 rows and refuses 10,001', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ firstName: `P${i}`, email: `p${i}@example.com` }));
    const res = await post(importUrl(), ws.token, rows);
    expect(res.json()).toMatchObject({ created: 10_000, errors: [] });
    const over = await post(importUrl(), ws.token, [...rows, { firstName: 'x', email: 'x@example.com' }]);
    expect(over.statusCode).toBe(413);
    expect(over.json().error.message).toContain('10,000');
  });
});
