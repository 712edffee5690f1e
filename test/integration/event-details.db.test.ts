import { describe, expect, it } from 'vitest';
import { bearer, type TestWorkspace } from '../support/api-fixture.ts';
import { syncScenarioPerTest } from '../support/sync-scenario-per-test.ts';

/** What an event's details show, from the one events answer: member, contact type, Healthie id, last synced. */
const t = syncScenarioPerTest('Details');

const callAs = (ws: TestWorkspace) => (method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown) =>
  t.fx.app.inject({ method, url: `/api/v1/workspaces/${ws.workspace.id}${path}`, headers: bearer(ws.token), ...(payload !== undefined ? { payload: payload as never } : {}) });

async function linkedMember(call: ReturnType<typeof callAs>, firstName: string, lastName: string, patientId: string): Promise<string> {
  const member = (await call('POST', '/members', { firstName, lastName })).json().id as string;
  const linked = await call('POST', '/healthie/member-links', [{ memberId: member, patientId }]);
  expect(linked.json()[0].status).toBe('linked');
  return member;
}

describe("a synced event's details", () => {
  it('carry the member once linked, the contact type, the Healthie id and when the event last took Healthie\'s version', async () => {
    const call = callAs(t.s.ws);
    const visit = await t.s.appointment({ days: 2, patient: 0, contactType: 'Healthie Video Call' });
    const beforeSync = Date.now();
    await t.s.link();
    const synced = (await t.s.eventByHealthieId(visit))!;
    expect(synced).toMatchObject({ member: null, memberId: null, contactType: 'Healthie Video Call', external: { source: 'healthie', id: visit } });
    expect(Date.parse(synced.lastSyncedAt!)).toBeGreaterThanOrEqual(beforeSync);
    expect(Date.parse(synced.lastSyncedAt!)).toBeLessThanOrEqual(Date.now());

    const ada = await linkedMember(call, 'Ada', 'Lovelace', t.s.patientIds[0]!);
    const linked = (await t.s.eventByHealthieId(visit))!;
    // Linking is our change, not Healthie's: the event changed, its last sync did not.
    expect(linked).toMatchObject({ memberId: ada, member: { id: ada, name: 'Ada Lovelace' }, lastSyncedAt: synced.lastSyncedAt });
    expect(Date.parse(linked.updatedAt)).toBeGreaterThan(Date.parse(synced.updatedAt));
    // The member page's list says the same of it.
    const theirs = await call('GET', `/members/${ada}/events`);
    expect(theirs.json()).toEqual([{ ...linked, calendar: { id: t.s.calendarId, name: 'Dr. Reyes', timezone: 'America/New_York' } }]);
    // A key that may read calendars but not members sees that a member is linked, not who.
    const calendarsOnly = await t.fx.app.inject({
      url: `/api/v1/workspaces/${t.s.ws.workspace.id}/calendars/${t.s.calendarId}/events`,
      headers: bearer(await t.s.ws.tokenWith(['calendars:read'])),
    });
    expect(calendarsOnly.json().find((e: { external: { id: string } }) => e.external.id === visit).member).toEqual({ id: ada, name: null });

    await t.s.change(visit, { contact_type: 'Phone Call' });
    await t.s.syncNow();
    const changed = (await t.s.eventByHealthieId(visit))!;
    expect(changed).toMatchObject({ contactType: 'Phone Call', member: { id: ada, name: 'Ada Lovelace' } });
    expect(Date.parse(changed.lastSyncedAt!)).toBeGreaterThan(Date.parse(linked.lastSyncedAt!));
  });

  it('say no member for a patient linked only in another workspace connected to the same Healthie', async () => {
    const visit = await t.s.appointment({ days: 2, patient: 0 });
    await t.s.link();
    const other = await t.fx.createTestWorkspace('Other');
    const otherCall = callAs(other);
    expect((await otherCall('PUT', '/connections/healthie', { apiKey: t.sandbox.adminKey, baseUrl: t.sandbox.url })).statusCode).toBe(200);
    const theirs = await linkedMember(otherCall, 'Not', 'Yours', t.s.patientIds[0]!);

    expect(await t.s.eventByHealthieId(visit)).toMatchObject({ member: null, memberId: null });
    expect((await otherCall('GET', `/members/${theirs}/events`)).json()).toEqual([]);
  });

  it("never expose a member of another workspace, even where an event's reference points to one", async () => {
    const visit = await t.s.appointment({ days: 2, patient: 0 });
    await t.s.link();
    const other = await t.fx.createTestWorkspace('Other');
    const theirs = (await callAs(other)('POST', '/members', { firstName: 'Not', lastName: 'Yours' })).json().id as string;
    // No request makes such a reference; one left by a bug or a hand edit must still not leak.
    await t.fx.database.query('update calendar_events set member_id = $1 where external_id = $2', [theirs, visit]);

    const events = await callAs(t.s.ws)('GET', `/calendars/${t.s.calendarId}/events`);
    expect(events.json()).toEqual([expect.objectContaining({ external: { source: 'healthie', id: visit }, member: null, memberId: null })]);
    expect(events.body).not.toContain(theirs);
    expect(events.body).not.toContain('Yours');
    expect((await callAs(t.s.ws)('GET', `/members/${theirs}/events`)).statusCode).toBe(404);
    expect((await callAs(other)('GET', `/members/${theirs}/events`)).json()).toEqual([]);
  });
});
