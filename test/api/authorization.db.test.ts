import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey, revokeApiKey } from '../../src/workspace/api-keys.ts';
import { createMember } from '../../src/workspace/members.ts';
import { bearer, createApiFixture, createSignInAccount, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';

/** What the attack suite does not walk route by route: token life, the matched route, owners and the scope hierarchy. */
let fx: ApiFixture;
let mine: TestWorkspace;
let theirs: TestWorkspace;
const secretName = 'Zebediah';

beforeAll(async () => {
  fx = await createApiFixture();
  mine = await fx.createTestWorkspace('Mine');
  theirs = await fx.createTestWorkspace('Theirs');
  await createMember(fx.database.db, mine.workspace.id, { firstName: secretName, lastName: 'Private', email: 'z@example.com' }, 'US');
});
afterAll(async () => fx.close());

describe('authorization', () => {
  it('refuses revoked and expired tokens and a malformed Authorization header', async () => {
    const issued = await issueApiKey(fx.database.db, { workspaceId: mine.workspace.id, name: 'soon revoked', scopes: ['members:read'] });
    const url = `/api/v1/workspaces/${mine.workspace.id}/members`;
    expect((await fx.app.inject({ url, headers: bearer(issued.token) })).statusCode).toBe(200);
    await revokeApiKey(fx.database.db, { keyId: issued.key.id });
    expect((await fx.app.inject({ url, headers: bearer(issued.token) })).statusCode).toBe(401);
    const expiring = await issueApiKey(fx.database.db, { workspaceId: mine.workspace.id, name: 'expiring', scopes: ['members:read'] });
    expect((await fx.app.inject({ url, headers: bearer(expiring.token) })).statusCode).toBe(200);
    await fx.database.query("update api_keys set expires_at = now() - interval '1 minute' where id = $1", [expiring.key.id]);
    expect((await fx.app.inject({ url, headers: bearer(expiring.token) })).statusCode).toBe(401);
    expect((await fx.app.inject({ url, headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
    expect((await fx.app.inject({ url, headers: bearer('gr_not-a-real-token') })).statusCode).toBe(401);
  });

  it('decides by the matched route: a percent-encoded path needs credentials too', async () => {
    const res = await fx.app.inject({ url: `/%61pi/v1/workspaces/${mine.workspace.id}/members` });
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain(secretName);
    expect((await fx.app.inject({ url: '/%61pi/v1/session' })).statusCode).toBe(401);
  });

  it("ends an API key's access when its owner leaves the workspace or the account is deleted", async () => {
    const owner = await createSignInAccount(fx, mine.workspace.id, { email: 'leaver@clinic.example', password: 'a long password' });
    const key = await issueApiKey(fx.database.db, { workspaceId: mine.workspace.id, accountId: owner.id, name: 'owned', scopes: ['members:read'] });
    const url = `/api/v1/workspaces/${mine.workspace.id}/members`;
    expect((await fx.app.inject({ url, headers: bearer(key.token) })).statusCode).toBe(200);
    await fx.database.query('delete from team_members where account_id = $1', [owner.id]);
    expect((await fx.app.inject({ url, headers: bearer(key.token) })).statusCode).toBe(404);
    await fx.database.query('delete from accounts where id = $1', [owner.id]);
    expect((await fx.app.inject({ url, headers: bearer(key.token) })).statusCode).toBe(401);
  });

  it("intersects an API key's scopes with its owner's role through the hierarchy, and reports what the key may do", async () => {
    const owner = await createSignInAccount(fx, mine.workspace.id, { email: 'owner@clinic.example', password: 'a long password', scopes: ['members:admin'] });
    const reader = await issueApiKey(fx.database.db, { workspaceId: mine.workspace.id, accountId: owner.id, name: 'reader', scopes: ['members:read'] });
    const url = `/api/v1/workspaces/${mine.workspace.id}/members`;
    expect((await fx.app.inject({ url, headers: bearer(reader.token) })).statusCode).toBe(200);
    expect((await fx.app.inject({ url: '/api/v1/session', headers: bearer(reader.token) })).json().scopes).toEqual(['members:read']);
    expect((await fx.app.inject({ url: '/api/v1/workspaces', headers: bearer(reader.token) })).json()[0].scopes).toEqual(['members:read']);

    const limited = await createSignInAccount(fx, mine.workspace.id, { email: 'limited@clinic.example', password: 'a long password', scopes: ['members:read'] });
    const overreach = await issueApiKey(fx.database.db, { workspaceId: mine.workspace.id, accountId: limited.id, name: 'overreach', scopes: ['members:admin', 'calendars:read'] });
    const write = await fx.app.inject({ method: 'POST', url, headers: bearer(overreach.token), payload: { firstName: 'X' } });
    expect(write.statusCode).toBe(403);
    expect((await fx.app.inject({ url, headers: bearer(overreach.token) })).statusCode).toBe(200);
    expect((await fx.app.inject({ url: '/api/v1/session', headers: bearer(overreach.token) })).json().scopes).toEqual(['members:read']);
  });

  it('reads scopes through the hierarchy: admin includes write includes read', async () => {
    const token = await mine.tokenWith(['members:admin']);
    const url = `/api/v1/workspaces/${mine.workspace.id}/members`;
    expect((await fx.app.inject({ url, headers: bearer(token) })).statusCode).toBe(200);
    const readOnly = await mine.tokenWith(['members:read']);
    const write = await fx.app.inject({ method: 'POST', url, headers: bearer(readOnly), payload: { firstName: 'X', lastName: 'Y' } });
    expect(write.statusCode).toBe(403);
  });
});

describe('sign-in sessions', () => {
  it('makes an address wait after ten failed sign-ins for an email, even with the right password', async () => {
    await createSignInAccount(fx, mine.workspace.id, { email: 'guessed@clinic.example', password: 'the right password' });
    const attempt = (password: string) => fx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'guessed@clinic.example', password } });
    for (let i = 0; i < 10; i++) expect((await attempt(`wrong ${i}`)).statusCode).toBe(401);
    const blocked = await attempt('the right password');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toContain('Too many failed sign-ins');
  });

  it('signs in with a password, sets an httpOnly SameSite cookie, and needs the CSRF header to write', async () => {
    await createSignInAccount(fx, mine.workspace.id, { email: 'admin@clinic.example', password: 'correct horse battery' });
    const wrong = await fx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'admin@clinic.example', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    const res = await fx.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'Admin@Clinic.example', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    const { csrfToken } = res.json();

    const session = await fx.app.inject({ url: '/api/v1/session', headers: { cookie } });
    expect(session.json().workspaces.map((w: { id: string }) => w.id)).toEqual([mine.workspace.id]);

    const url = `/api/v1/workspaces/${mine.workspace.id}/members`;
    expect((await fx.app.inject({ url, headers: { cookie } })).statusCode).toBe(200);
    const noCsrf = await fx.app.inject({ method: 'POST', url, headers: { cookie }, payload: { firstName: 'A', lastName: 'B' } });
    expect(noCsrf.statusCode).toBe(403);
    const withCsrf = await fx.app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrfToken }, payload: { firstName: 'A', lastName: 'B' } });
    expect(withCsrf.statusCode).toBe(201);
    expect((await fx.app.inject({ url: `/api/v1/workspaces/${theirs.workspace.id}/members`, headers: { cookie } })).statusCode).toBe(404);

    await fx.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect((await fx.app.inject({ url, headers: { cookie } })).statusCode).toBe(401);
  });
});
