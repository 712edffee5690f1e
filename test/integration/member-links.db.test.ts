import { beforeEach, describe, expect, it } from 'vitest';
import { createMember } from '../../src/workspace/members.ts';
import { bearer } from '../support/api-fixture.ts';
import { matchingPracticePerTest } from '../support/matching-practice.ts';

const suite = matchingPracticePerTest();
beforeEach(async () => suite.practice.connect());

const link = (items: Array<{ memberId: string; patientId: string }>) => suite.practice.call('POST', '/healthie/member-links', items);
const linkCount = async () =>
  (await suite.fx.database.query<{ n: number }>("select count(*)::int as n from member_fields where key = 'healthie:patient_id'")).rows[0]!.n;

describe('Link', () => {
  it("sets the member's healthie:patient_id, audits it, and takes back an earlier not-a-match", async () => {
    const patient = await suite.practice.patient({ email: 'ada@example.com' });
    const member = await suite.practice.member({ firstName: 'Ada', email: 'ada@example.com' });
    await suite.practice.call('POST', '/healthie/member-matches/rejections', { memberId: member, patientId: patient });
    const res = await link([{ memberId: member, patientId: patient }]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([{ memberId: member, patientId: patient, status: 'linked', code: 'linked', message: 'Linked' }]);
    expect((await suite.practice.call('GET', `/members/${member}`)).json().fields).toEqual({ 'healthie:patient_id': patient });
    expect(await suite.practice.auditActions()).toContain('healthie.member.linked');
    const { rows } = await suite.fx.database.query<{ n: number }>('select count(*)::int as n from member_match_rejections');
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses with a clear 409 a patient already linked to another member, and writes nothing', async () => {
    const patient = await suite.practice.patient({ email: 'family@example.com' });
    const first = await suite.practice.member({ firstName: 'First', email: 'family@example.com' });
    const second = await suite.practice.member({ firstName: 'Second', email: 'family@example.com' });
    await link([{ memberId: first, patientId: patient }]);
    const res = await link([{ memberId: second, patientId: patient }]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'patient_already_linked', message: `Healthie patient ${patient} is already linked to another member` });
    expect(await linkCount()).toBe(1);
    expect((await suite.practice.auditActions()).filter((a) => a === 'healthie.member.linked')).toHaveLength(1);
  });

  it('refuses a member linked to another patient (409) and unknown members or patients (404)', async () => {
    const [a, b] = [await suite.practice.patient({ email: 'a@example.com' }), await suite.practice.patient({ email: 'b@example.com' })];
    const member = await suite.practice.member({ firstName: 'Ada', email: 'a@example.com' });
    await link([{ memberId: member, patientId: a }]);
    const relink = await link([{ memberId: member, patientId: b }]);
    expect([relink.statusCode, relink.json().error.code]).toEqual([409, 'member_already_linked']);
    const noMember = await link([{ memberId: '00000000-0000-4000-8000-000000000000', patientId: b }]);
    expect([noMember.statusCode, noMember.json().error.code]).toEqual([404, 'member_not_found']);
    const other = await suite.practice.member({ firstName: 'Bea', email: 'b@example.com' });
    const noPatient = await link([{ memberId: other, patientId: '987654321' }]);
    expect([noPatient.statusCode, noPatient.json().error.code]).toEqual([404, 'patient_not_found']);
    expect(await linkCount()).toBe(1);
  });

  it('refuses malformed bodies naming the problem, writing nothing', async () => {
    const member = await suite.practice.member({ firstName: 'Ada', email: 'a@example.com' });
    for (const body of [[], [{ memberId: 'nope', patientId: '1' }], [{ memberId: member }], { memberId: member, patientId: '1' }]) {
      const res = await link(body as never);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('invalid_request');
    }
    expect(await linkCount()).toBe(0);
  });
});

describe('Link All', () => {
  it('links every item, reports per item, and is idempotent when sent again', async () => {
    const items = [];
    for (let i = 0; i < 5; i++) {
      const patientId = await suite.practice.patient({ email: `p${i}@example.com` });
      items.push({ memberId: await suite.practice.member({ firstName: `M${i}`, email: `p${i}@example.com` }), patientId });
    }
    const matches = await suite.practice.findMatches();
    expect(matches.matches).toHaveLength(5);
    const all = matches.matches.map((m) => ({ memberId: m.member.id, patientId: m.patient.id }));

    const first = await link(all);
    expect(first.statusCode).toBe(200);
    expect(first.json().map((r: { status: string }) => r.status)).toEqual(Array(5).fill('linked'));
    const again = await link(all);
    expect(again.statusCode).toBe(200);
    expect(again.json().map((r: { status: string }) => r.status)).toEqual(Array(5).fill('already_linked'));
    expect(await linkCount()).toBe(5);
    expect((await suite.practice.auditActions()).filter((a) => a === 'healthie.member.linked')).toHaveLength(5);
    expect((await suite.practice.findMatches()).matches).toEqual([]);
  });

  it('takes 10,000 items in one request', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ memberId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, patientId: `${9_000_000 + i}` }));
    const res = await link(items);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveLength(10_000);
    expect(res.json().every((r: { code: string }) => r.code === 'member_not_found')).toBe(true);
  });

  it('links what it can and reports conflicts per item, including two members asking for one patient', async () => {
    const shared = await suite.practice.patient({ email: 'shared@example.com' });
    const own = await suite.practice.patient({ email: 'own@example.com' });
    const [m1, m2, m3] = [await suite.practice.member({ firstName: 'A' }), await suite.practice.member({ firstName: 'B' }), await suite.practice.member({ firstName: 'C' })];
    const res = await link([
      { memberId: m1, patientId: shared },
      { memberId: m2, patientId: shared },
      { memberId: m3, patientId: own },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json().map((r: { status: string; code: string }) => [r.status, r.code])).toEqual([
      ['linked', 'linked'],
      ['conflict', 'patient_already_linked'],
      ['linked', 'linked'],
    ]);
    expect(await linkCount()).toBe(2);
  });
});

describe('Unlink and the linked members list', () => {
  it('lists linked members paged and searchable, and unlinks without touching Healthie', async () => {
    const ids = [];
    for (const name of ['Ada', 'Bea', 'Cy']) {
      const patientId = await suite.practice.patient({ first_name: name, email: `${name.toLowerCase()}@example.com` });
      const memberId = await suite.practice.member({ firstName: name, lastName: 'Linked', email: `${name.toLowerCase()}@example.com`, phone: '555-010-0160' });
      await link([{ memberId, patientId }]);
      ids.push({ memberId, patientId });
    }
    await suite.practice.member({ firstName: 'Dee', lastName: 'Unlinked', email: 'dee@example.com' });

    const page = await suite.practice.call('GET', '/healthie/member-links?limit=2&offset=0');
    expect(page.headers['x-total-count']).toBe('3');
    expect(page.json()).toHaveLength(2);
    expect(page.json()[0]).toMatchObject({ id: ids[0]!.memberId, firstName: 'Ada', email: 'ada@example.com', phone: '+15550100160', patientId: ids[0]!.patientId, flag: null });
    const found = await suite.practice.call('GET', '/healthie/member-links?search=bea');
    expect(found.json().map((m: { id: string }) => m.id)).toEqual([ids[1]!.memberId]);

    await suite.sandbox.control('DELETE', '/_sandbox/stats');
    const unlinked = await suite.practice.call('DELETE', `/healthie/member-links/${ids[1]!.memberId}`);
    expect(unlinked.json()).toEqual({ memberId: ids[1]!.memberId, patientId: ids[1]!.patientId, status: 'unlinked' });
    expect((await suite.practice.call('GET', `/members/${ids[1]!.memberId}`)).json().fields).toEqual({});
    expect((await suite.sandbox.control<{ total: number }>('GET', '/_sandbox/stats')).total).toBe(0);
    expect(await suite.practice.auditActions()).toContain('healthie.member.unlinked');
    const again = await suite.practice.call('DELETE', `/healthie/member-links/${ids[1]!.memberId}`);
    expect(again.json().status).toBe('not_linked');
    expect((await suite.practice.call('GET', '/healthie/member-links')).headers['x-total-count']).toBe('2');
    expect((await suite.practice.call('DELETE', '/healthie/member-links/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('writes ids only to the audit log, never names or contacts', async () => {
    const patientId = await suite.practice.patient({ email: 'private.person@example.com' });
    const memberId = await suite.practice.member({ firstName: 'Private', lastName: 'Person', email: 'private.person@example.com' });
    await link([{ memberId, patientId }]);
    await suite.practice.call('DELETE', `/healthie/member-links/${memberId}`);
    await suite.practice.call('POST', '/healthie/member-matches/rejections', { memberId, patientId });
    const audit = (await suite.practice.call('GET', '/audit-log')).body;
    expect(audit).toContain(patientId);
    expect(audit).not.toMatch(/Private|Person|private\.person/);
  });
});

describe("the member page's manual link", () => {
  const setLink = (memberId: string, patientId: string | null) => suite.practice.call('PATCH', `/members/${memberId}`, { fields: { 'healthie:patient_id': patientId } });

  it('is checked against Healthie: a patient it does not have, or has archived, is refused and nothing changes', async () => {
    const archived = await suite.practice.patient({ email: 'archived@example.com' });
    await suite.sandbox.control('PATCH', `/_sandbox/patients/${archived}`, { active: false });
    const member = await suite.practice.member({ firstName: 'Ada', email: 'ada@example.com' });
    const unknown = await setLink(member, '999999');
    expect([unknown.statusCode, unknown.json().error]).toEqual([404, { code: 'patient_not_found', message: 'Healthie patient 999999 was not found in Healthie' }]);
    const refused = await setLink(member, archived);
    expect([refused.statusCode, refused.json().error.code]).toEqual([404, 'patient_archived']);
    expect(await linkCount()).toBe(0);
    expect(await suite.practice.auditActions()).not.toContain('healthie.member.linked');
  });

  it('links a patient Healthie has, keeps a patient on one member, and unlinks', async () => {
    const patient = await suite.practice.patient({ email: 'ada@example.com' });
    const [a, b] = [await suite.practice.member({ firstName: 'A' }), await suite.practice.member({ firstName: 'B' })];
    expect((await setLink(a, patient)).json().fields).toEqual({ 'healthie:patient_id': patient });
    const taken = await setLink(b, patient);
    expect([taken.statusCode, taken.json().error.code]).toEqual([409, 'patient_already_linked']);
    // Saving the same link again asks Healthie nothing.
    await suite.sandbox.control('DELETE', '/_sandbox/stats');
    expect((await setLink(a, patient)).statusCode).toBe(200);
    expect(await suite.sandbox.control('GET', '/_sandbox/stats')).toMatchObject({ total: 0 });
    expect((await setLink(a, null)).json().fields).toEqual({});
    // Newest first.
    expect((await suite.practice.auditActions()).filter((a) => a.startsWith('healthie.member.'))).toEqual(['healthie.member.unlinked', 'healthie.member.linked']);
  });

  it("is refused for another workspace's member before Healthie is asked anything", async () => {
    const patient = await suite.practice.patient({ email: 'ada@example.com' });
    const other = await suite.fx.createTestWorkspace('Other clinic');
    const theirs = (await createMember(suite.fx.database.db, other.workspace.id, { firstName: 'Theirs' }, 'US')).id;
    await suite.sandbox.control('DELETE', '/_sandbox/stats');
    const res = await setLink(theirs, patient);
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'not_found']);
    expect(await suite.sandbox.control('GET', '/_sandbox/stats')).toMatchObject({ total: 0 });
  });

  it('says "Healthie API request failed" when Healthie cannot answer, and changes nothing', async () => {
    const patient = await suite.practice.patient({ email: 'ada@example.com' });
    const member = await suite.practice.member({ firstName: 'Ada' });
    await suite.sandbox.setFaults({ errorRate: 1 });
    const res = await suite.practice.call('PATCH', `/members/${member}`, { lastName: 'Changed', fields: { 'healthie:patient_id': patient } });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.message).toMatch(/^Healthie API request failed/);
    expect((await suite.practice.call('GET', `/members/${member}`)).json()).toMatchObject({ lastName: expect.not.stringMatching('Changed'), fields: {} });
  });
});

describe('patients as Healthie has them', () => {
  const lookUp = (ids: string) => suite.practice.call('GET', `/healthie/patients?ids=${ids}`);

  it("answers, for patients linked in this workspace, name, email, phone and archived, in the order asked, and nothing of anyone else's", async () => {
    const ada = await suite.practice.patient({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', phone_number: '555-010-0101' });
    const old = await suite.practice.patient({ first_name: 'Old', last_name: 'Timer', email: 'old@example.com' });
    const stranger = await suite.practice.patient({ first_name: 'Not', last_name: 'Linked', email: 'stranger@example.com' });
    await link([
      { memberId: await suite.practice.member({ firstName: 'Ada' }), patientId: ada },
      { memberId: await suite.practice.member({ firstName: 'Old' }), patientId: old },
    ]);
    await suite.sandbox.control('PATCH', `/_sandbox/patients/${old}`, { active: false });
    const res = await lookUp(`${old},${stranger},999999,${ada}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { id: old, name: 'Old Timer', firstName: 'Old', lastName: 'Timer', email: 'old@example.com', phone: null, archived: true },
      { id: ada, name: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '555-010-0101', archived: false },
    ]);
    // A patient no member of the workspace is linked to is not even asked for.
    await suite.sandbox.control('DELETE', '/_sandbox/stats');
    expect((await lookUp(stranger)).json()).toEqual([]);
    expect(await suite.sandbox.control('GET', '/_sandbox/stats')).toMatchObject({ total: 0 });
  });

  it('refuses a malformed or too long list, naming the problem', async () => {
    for (const [ids, message] of [
      ['', 'at least one'],
      ['a b', 'not a list of Healthie patient ids'],
      [Array.from({ length: 101 }, (_, i) => i + 1).join(','), 'at most 100'],
    ] as const) {
      const res = await lookUp(ids);
      expect(res.statusCode, ids).toBe(400);
      expect(res.json().error.message, ids).toContain(message);
    }
  });
});

describe('undo of Link All', () => {
  const undo = (batchId: string) => suite.practice.call('POST', `/healthie/member-links/batches/${batchId}/undo`);
  const linkAll = async (pairs: Array<{ memberId: string; patientId: string }>) => {
    const res = await link(pairs);
    expect(res.statusCode).toBe(200);
    return res.headers['x-link-batch'] as string;
  };
  const pairFor = async (name: string) => ({
    memberId: await suite.practice.member({ firstName: name }),
    patientId: await suite.practice.patient({ email: `${name.toLowerCase()}@example.com` }),
  });

  it("takes back the batch's links in one action, once, keeping links made since, even of the same pair", async () => {
    const [ada, ben, cy, dee] = [await pairFor('Ada'), await pairFor('Ben'), await pairFor('Cy'), await pairFor('Dee')];
    const earlier = await pairFor('Earlier');
    await link([earlier]);
    const batch = await linkAll([ada, ben, cy, dee]);
    expect(batch).toMatch(/^[0-9a-f-]{36}$/);
    // Since Link All: Cy is linked to someone else by hand, and Dee is unlinked and linked again to the same patient.
    const other = await suite.practice.patient({ email: 'cy.other@example.com' });
    await suite.practice.call('PATCH', `/members/${cy.memberId}`, { fields: { 'healthie:patient_id': other } });
    await suite.practice.call('DELETE', `/healthie/member-links/${dee.memberId}`);
    await link([dee]);

    const res = await undo(batch);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ undone: expect.arrayContaining([ada, ben]), kept: 2 });
    expect(res.json().undone).toHaveLength(2);
    const linked = (await suite.practice.call('GET', '/healthie/member-links')).json().map((m: { id: string; patientId: string }) => [m.id, m.patientId]);
    expect(linked.sort()).toEqual([[earlier.memberId, earlier.patientId], [cy.memberId, other], [dee.memberId, dee.patientId]].sort());
    const actions = await suite.practice.auditActions();
    expect(actions[0]).toBe('healthie.member_links.undone');
    const again = await undo(batch);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'link_batch_undone']);
  });

  it('is refused after 10 minutes, for a single Link, and for another workspace', async () => {
    const batch = await linkAll([await pairFor('Ada'), await pairFor('Ben')]);
    const single = await link([await pairFor('Cy')]);
    expect(single.headers['x-link-batch']).toBeUndefined();
    const other = await suite.fx.createTestWorkspace('Other clinic');
    const theirs = await suite.fx.app.inject({ method: 'POST', url: `/api/v1/workspaces/${other.workspace.id}/healthie/member-links/batches/${batch}/undo`, headers: bearer(other.token) });
    expect([theirs.statusCode, theirs.json().error.code]).toEqual([404, 'link_batch_not_found']);
    await suite.fx.database.query(`update member_link_batches set created_at = now() - interval '11 minutes'`);
    const late = await undo(batch);
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'undo_window_passed']);
    expect(await linkCount()).toBe(3);
  });
});
