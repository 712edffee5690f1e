import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMembers } from '../../demo/people.ts';
import { bootstrapDemoWorkspace } from '../../src/bootstrap/demo-workspace.ts';
import { bearer, createApiFixture, type ApiFixture } from '../support/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await createApiFixture();
});
afterAll(async () => fx.close());

describe('first start on an empty database', () => {
  it('creates the demo clinic once, with the fixed token, the demo members and two internal calendars', async () => {
    const token = 'gr_fixed-bootstrap-token-for-tests-0001';
    const demo = await bootstrapDemoWorkspace(fx.database.db, { token, email: 'boss@clinic.example', password: 'secret-password' });
    expect(demo).toMatchObject({ token, email: 'boss@clinic.example', password: 'secret-password', workspaceSlug: 'demo-clinic' });
    expect(await bootstrapDemoWorkspace(fx.database.db, {})).toBeNull();

    const ws = `/api/v1/workspaces/${demo!.workspaceId}`;
    const workspace = (await fx.app.inject({ url: ws, headers: bearer(token) })).json();
    expect(workspace.features).toContain('ehr_healthie');
    expect(workspace.scopes).toContain('integrations:admin');

    const members = await fx.app.inject({ url: `${ws}/members?limit=500`, headers: bearer(token) });
    expect(members.json()).toHaveLength(demoMembers.length);
    expect(demoMembers.length).toBeGreaterThanOrEqual(40);
    const list = members.json() as Array<{ email: string | null; phone: string | null }>;
    expect(list.filter((m) => !m.email && !m.phone).length).toBeGreaterThanOrEqual(3);
    const phones = list.map((m) => m.phone).filter(Boolean);
    expect(phones.length - new Set(phones).size).toBeGreaterThanOrEqual(1);

    const calendars = (await fx.app.inject({ url: `${ws}/calendars`, headers: bearer(token) })).json();
    expect(calendars).toHaveLength(2);
    expect(calendars.every((c: { source: string }) => c.source === 'internal')).toBe(true);

    const signIn = await fx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'boss@clinic.example', password: 'secret-password' } });
    expect(signIn.statusCode).toBe(200);
  });
});
