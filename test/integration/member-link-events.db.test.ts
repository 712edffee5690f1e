import { describe, expect, it } from 'vitest';
import { setFeature } from '../../src/workspace/workspaces.ts';
import { bearer } from '../support/api-fixture.ts';
import { syncScenarioPerTest } from '../support/sync-scenario-per-test.ts';

/** A patient's synced appointments follow the member link: attached on link, detached on unlink, at once. */
const t = syncScenarioPerTest('Links');

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown) =>
  t.fx.app.inject({ method, url: `${t.s.base}${path}`, headers: bearer(t.s.ws.token), ...(payload !== undefined ? { payload: payload as never } : {}) });

async function member(firstName: string, email: string): Promise<string> {
  return (await call('POST', '/members', { firstName, lastName: 'Test', email })).json().id;
}

const memberEvents = async (memberId: string) =>
  ((await call('GET', `/members/${memberId}/events`)).json() as Array<{ external: { id: string } }>).map((e) => e.external.id).sort();

const attachedTo = async (appointmentId: string) => (await t.s.eventByHealthieId(appointmentId))?.memberId ?? null;

describe("a patient's synced appointments and the member link", () => {
  it('Link attaches the patient\'s already-synced events to the member at once, without a sync', async () => {
    const first = await t.s.appointment({ days: 1, patient: 0 });
    const second = await t.s.appointment({ days: 2, patient: 0 });
    const someoneElse = await t.s.appointment({ days: 2, patient: 1 });
    await t.s.link();
    const ada = await member('Ada', 'patient0@example.com');
    expect(await memberEvents(ada)).toEqual([]);

    const res = await call('POST', '/healthie/member-links', [{ memberId: ada, patientId: t.s.patientIds[0] }]);
    expect(res.json()[0].status).toBe('linked');
    expect(await memberEvents(ada)).toEqual([first, second].sort());
    expect(await attachedTo(someoneElse)).toBeNull();
  });

  it('Unlink detaches them in the same request, also on a calendar no longer linked to Healthie', async () => {
    const ada = await member('Ada', 'patient0@example.com');
    await call('POST', '/healthie/member-links', [{ memberId: ada, patientId: t.s.patientIds[0] }]);
    const visit = await t.s.appointment({ days: 1, patient: 0 });
    await t.s.link();
    expect(await attachedTo(visit)).toBe(ada);
    expect((await call('DELETE', `/calendars/${t.s.calendarId}/healthie-link`)).statusCode).toBe(200);

    const res = await call('DELETE', `/healthie/member-links/${ada}`);
    expect(res.json()).toMatchObject({ status: 'unlinked', patientId: t.s.patientIds[0] });
    expect(await attachedTo(visit)).toBeNull();
    expect(await memberEvents(ada)).toEqual([]);
  });

  it("a link changed on the member page moves the events from the old patient's to the new patient's", async () => {
    const ada = await member('Ada', 'patient0@example.com');
    await call('POST', '/healthie/member-links', [{ memberId: ada, patientId: t.s.patientIds[0] }]);
    const zero = await t.s.appointment({ days: 1, patient: 0 });
    const one = await t.s.appointment({ days: 1, patient: 1 });
    await t.s.link();
    expect(await memberEvents(ada)).toEqual([zero]);

    const moved = await call('PATCH', `/members/${ada}`, { fields: { 'healthie:patient_id': t.s.patientIds[1] } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().fields).toEqual({ 'healthie:patient_id': t.s.patientIds[1] });
    expect(await memberEvents(ada)).toEqual([one]);
    expect(await attachedTo(zero)).toBeNull();

    const removed = await call('PATCH', `/members/${ada}`, { fields: { 'healthie:patient_id': null } });
    expect(removed.json().fields).toEqual({});
    expect(await memberEvents(ada)).toEqual([]);
    const audit = (await t.fx.database.query<{ action: string }>('select action from audit_log order by id')).rows.map((r) => r.action);
    expect(audit.filter((a) => a.startsWith('healthie.member.'))).toEqual(['healthie.member.linked', 'healthie.member.linked', 'healthie.member.unlinked']);
  });

  it('the member page refuses a patient linked to another member (409) and changes nothing', async () => {
    const ada = await member('Ada', 'patient0@example.com');
    const bea = await member('Bea', 'patient1@example.com');
    await call('POST', '/healthie/member-links', [{ memberId: ada, patientId: t.s.patientIds[0] }]);
    const visit = await t.s.appointment({ days: 1, patient: 0 });
    await t.s.link();
    const res = await call('PATCH', `/members/${bea}`, { lastName: 'Changed', fields: { 'healthie:patient_id': t.s.patientIds[0] } });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'patient_already_linked']);
    expect(await attachedTo(visit)).toBe(ada);
    expect((await call('GET', `/members/${bea}`)).json()).toMatchObject({ lastName: 'Test', fields: {} });
  });

  it('deleting the connection with clearMemberLinks detaches every synced event', async () => {
    const ada = await member('Ada', 'patient0@example.com');
    await call('POST', '/healthie/member-links', [{ memberId: ada, patientId: t.s.patientIds[0] }]);
    const visit = await t.s.appointment({ days: 1, patient: 0 });
    await t.s.link();
    const res = await t.fx.app.inject({ method: 'DELETE', url: `${t.s.base}/connections/healthie?clearMemberLinks=true`, headers: bearer(t.s.ws.token) });
    expect(res.json()).toEqual({ calendarsUnlinked: 1, memberLinksCleared: 1 });
    expect(await attachedTo(visit)).toBeNull();
  });

  it('the Healthie link on the member page needs Healthie enabled (403), other fields do not', async () => {
    const ada = await member('Ada', 'patient0@example.com');
    await setFeature(t.fx.database.db, t.s.ws.workspace.id, 'ehr_healthie', false);
    const link = await call('PATCH', `/members/${ada}`, { fields: { 'healthie:patient_id': t.s.patientIds[0] } });
    expect([link.statusCode, link.json().error.code]).toEqual([403, 'feature_disabled']);
    const other = await call('PATCH', `/members/${ada}`, { fields: { 'crm:tier': 'gold' } });
    expect(other.json().fields).toEqual({ 'crm:tier': 'gold' });
  });
});
