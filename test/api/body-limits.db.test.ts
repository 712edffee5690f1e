import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createApiFixture, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';

let fx: ApiFixture;
let ws: TestWorkspace;
let base: string;

beforeAll(async () => {
  fx = await createApiFixture();
  ws = await fx.createTestWorkspace('Limits');
  base = `/api/v1/workspaces/${ws.workspace.id}/members`;
});
afterAll(async () => fx.close());

const KiB = 1024;

describe('body limits', () => {
  it('refuses a 100 KiB PATCH of a member with 413 naming the limit, and changes nothing', async () => {
    const created = await fx.app.inject({ method: 'POST', url: base, headers: bearer(ws.token), payload: { firstName: 'Ada', lastName: 'Lovelace' } });
    const member = created.json();
    // Every part of it valid on its own: 60 fields of 1,700 characters.
    const fields = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`notes:part${i}`, 'x'.repeat(1_700)]));
    const payload = JSON.stringify({ firstName: 'Changed', fields });
    expect(payload.length).toBeGreaterThan(100 * KiB);

    const res = await fx.app.inject({
      method: 'PATCH',
      url: `${base}/${member.id}`,
      headers: { ...bearer(ws.token), 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'body_too_large', message: 'The request body is larger than the 64 KiB this request takes' } });
    const after = (await fx.app.inject({ url: `${base}/${member.id}`, headers: bearer(ws.token) })).json();
    expect(after).toEqual(member);
  });

  it('still imports 10,000 CSV rows, and refuses an import body over 8 MiB', async () => {
    const csv = ['firstName,lastName,email', ...Array.from({ length: 10_000 }, (_, i) => `Row${i},Imported,row${i}@example.com`)].join('\n');
    const url = `${base}/import`;
    const headers = { ...bearer(ws.token), 'content-type': 'text/csv' };
    const res = await fx.app.inject({ method: 'POST', url, headers, payload: csv });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 10_000, updated: 0, errors: [] });

    const tooBig = await fx.app.inject({ method: 'POST', url, headers, payload: `firstName,email\n${'Someone,someone@example.com\n'.repeat(320_000)}` });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toEqual({ code: 'body_too_large', message: 'The request body is larger than the 8 MiB this request takes' });
  });
});
