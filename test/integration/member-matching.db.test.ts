import { describe, expect, it } from 'vitest';
import { demoMembers } from '../../demo/people.ts';
import { HEALTHIE_PATIENT_ID } from '../../src/integration/member-links/patient-link-store.ts';
import { setMemberField } from '../../src/workspace/members.ts';
import { bearer } from '../support/api-fixture.ts';
import { matchingPracticePerTest, type MatchesBody } from '../support/matching-practice.ts';

const suite = matchingPracticePerTest();

const proposalOf = (body: MatchesBody, memberId: string) => ({
  match: body.matches.find((m) => m.member.id === memberId) ?? null,
  ambiguous: body.ambiguous.find((a) => a.member.id === memberId) ?? null,
});

describe('Find Matching Records against the demo practice', () => {
  it('finds what every demo member is built for, in one Healthie request', async () => {
    await suite.practice.connect('demo');
    const ids = new Map<string, (typeof demoMembers)[number]>();
    for (const demo of demoMembers) {
      const { expect: _expected, ...input } = demo;
      ids.set(await suite.practice.member(input), demo);
    }
    const body = await suite.practice.findMatches();
    expect(body).toMatchObject({ strategy: 'scan', requests: 1, membersConsidered: demoMembers.filter((m) => m.expect !== 'no-contact').length });
    for (const [id, demo] of ids) {
      const { match, ambiguous } = proposalOf(body, id);
      const who = `${demo.firstName} ${demo.lastName}`;
      if (demo.expect === 'email' || demo.expect === 'phone') {
        expect(match, who).toMatchObject({ matchType: demo.expect, patient: { lastName: demo.lastName } });
      } else if (demo.expect === 'ambiguous') {
        expect(ambiguous?.candidates.length, who).toBe(2);
      } else {
        expect([match, ambiguous], who).toEqual([null, null]);
      }
    }
    expect(await suite.sandbox.control('GET', '/_sandbox/stats')).toMatchObject({ total: 1, byOperation: { Patients: 1 } });
  });
});

describe('matching rules, against the sandbox', () => {
  const phoneCases: Array<[member: string, patient: string, matches: boolean]> = [
    ['(555) 010-0101', '555.010.0101', true],
    ['555.010.0102', '(555) 010-0102', true],
    ['+1 555 010 0103', '5550100103', true],
    ['1-555-010-0104', '+1 555 010 0104', true],
    ['+15550100105', '1-555-010-0105', true],
    ['555 010 0106', '+15550100106', true],
    ['5550100107', '555 010 0107', true],
    ['(555)010-0108', '(555) 010 0108', true],
    ['555-010-0109', '555-010-0109 ext. 42', true],
    ['555-010-0110 x7', '(555) 010-0110', true],
    ['+44 20 7946 0111', '+44 (0)20 7946 0111', true],
    ['+351 912 555 112', '+351912555112', true],
    ['+44 20 7946 0113', '(207) 946-0113', false],
    ['555-010-0114', '555-010-0115', false],
    ['555-010-0116', '12345', false],
    ['555-010-0117', 'n/a', false],
    ['555-010-0118', '010-0118', false],
  ];

  it('matches phones written in any format, international ones too, and nothing invalid', async () => {
    await suite.practice.connect();
    const rows = [];
    for (const [memberPhone, patientPhone, matches] of phoneCases) {
      rows.push({ memberPhone, patientPhone, matches, memberId: await suite.practice.member({ firstName: 'Row', phone: memberPhone }), patientId: await suite.practice.patient({ phone_number: patientPhone }) });
    }
    const body = await suite.practice.findMatches();
    for (const row of rows) {
      const { match, ambiguous } = proposalOf(body, row.memberId);
      expect(ambiguous, `${row.memberPhone} / ${row.patientPhone}`).toBeNull();
      expect(match && [match.patient.id, match.matchType], `${row.memberPhone} / ${row.patientPhone}`).toEqual(row.matches ? [row.patientId, 'phone'] : null);
    }
  });

  it("reads Healthie's numbers without a country code in the workspace's region", async () => {
    await suite.practice.connect();
    await suite.fx.database.query(`update workspaces set settings = '{"phoneRegion": "GB"}' where id = $1`, [suite.practice.ws.workspace.id]);
    const uk = await suite.practice.member({ firstName: 'UK', phone: '+44 20 7946 0120' });
    const us = await suite.practice.member({ firstName: 'US', phone: '+1 555 010 0121' });
    const ukPatient = await suite.practice.patient({ phone_number: '020 7946 0120' });
    await suite.practice.patient({ phone_number: '(555) 010-0121' });
    const body = await suite.practice.findMatches();
    expect(proposalOf(body, uk).match?.patient.id).toBe(ukPatient);
    expect(proposalOf(body, us)).toEqual({ match: null, ambiguous: null });
  });

  it('matches emails ignoring case and surrounding spaces, and keeps plus-addressing distinct', async () => {
    await suite.practice.connect();
    const maria = await suite.practice.patient({ email: 'maria.lopez@example.com' });
    const james = await suite.practice.patient({ email: 'JAMES.OKAFOR@EXAMPLE.COM' });
    await suite.practice.patient({ email: 'yuki.tanaka@example.com' });
    await suite.practice.patient({ email: 'ivan+portal@example.org' });
    const members = {
      maria: await suite.practice.member({ firstName: 'Maria', email: 'Maria.Lopez@Example.com' }),
      james: await suite.practice.member({ firstName: 'James', email: '  james.okafor@example.com  ' }),
      yuki: await suite.practice.member({ firstName: 'Yuki', email: 'yuki.tanaka+clinic@example.com' }),
      ivan: await suite.practice.member({ firstName: 'Ivan', email: 'ivan@example.org' }),
    };
    const body = await suite.practice.findMatches();
    expect(proposalOf(body, members.maria).match).toMatchObject({ matchType: 'email', patient: { id: maria } });
    expect(proposalOf(body, members.james).match).toMatchObject({ matchType: 'email', patient: { id: james } });
    expect(proposalOf(body, members.yuki)).toEqual({ match: null, ambiguous: null });
    expect(proposalOf(body, members.ivan)).toEqual({ match: null, ambiguous: null });
  });

  it('prefers the email match and only then compares phones', async () => {
    await suite.practice.connect();
    const byEmail = await suite.practice.patient({ email: 'ana@example.com', phone_number: '555-010-0131' });
    await suite.practice.patient({ email: 'other@example.com', phone_number: '555-010-0130' });
    const member = await suite.practice.member({ firstName: 'Ana', email: 'ana@example.com', phone: '555-010-0130' });
    expect(proposalOf(await suite.practice.findMatches(), member).match).toMatchObject({ matchType: 'email', patient: { id: byEmail } });
  });

  it('leaves out members without email or phone and members already linked', async () => {
    await suite.practice.connect();
    const patient = await suite.practice.patient({ email: 'linked@example.com' });
    await suite.practice.member({ firstName: 'No', lastName: 'Contact', externalId: 'crm-1' });
    const linked = await suite.practice.member({ firstName: 'Linked', email: 'linked@example.com' });
    await setMemberField(suite.fx.database.db, suite.practice.ws.workspace.id, linked, HEALTHIE_PATIENT_ID, patient);
    const body = await suite.practice.findMatches();
    expect(body).toMatchObject({ membersConsidered: 0, matches: [], ambiguous: [], flaggedLinks: [] });
    // One page holds every patient, the linked one included: nothing else to ask.
    expect(await suite.sandbox.control('GET', '/_sandbox/stats')).toMatchObject({ total: 1, byOperation: { Patients: 1 } });
  });
});

describe('what to check before linking', () => {
  it('marks a match whose names differ beyond a nickname, or whose other contact value differs, and not a nickname', async () => {
    await suite.practice.connect();
    await suite.practice.patient({ first_name: 'Samuel', last_name: 'Okafor', email: 'sam.okafor@example.com', phone_number: '555-010-0161' });
    await suite.practice.patient({ first_name: 'Jennifer', last_name: 'Hale', email: 'tom.hale@example.com' });
    await suite.practice.patient({ first_name: 'Rita', last_name: 'Moss', email: 'rita@example.com', phone_number: '555-010-0163' });
    const nickname = await suite.practice.member({ firstName: 'Sam', lastName: 'Okafor', email: 'sam.okafor@example.com', phone: '(555) 010-0161' });
    const otherName = await suite.practice.member({ firstName: 'Tom', lastName: 'Hale', email: 'tom.hale@example.com' });
    const otherEmail = await suite.practice.member({ firstName: 'Rita', lastName: 'Moss', email: 'rita.moss@work.example', phone: '555 010 0163' });
    const body = await suite.practice.findMatches();
    const concerns = (memberId: string) => proposalOf(body, memberId).match?.concerns;
    expect([concerns(nickname), concerns(otherName), concerns(otherEmail)]).toEqual([[], ['name_differs'], ['email_differs']]);
  });
});

describe('ambiguity', () => {
  it('reports a value several patients share with all candidates, and never as a match', async () => {
    await suite.practice.connect();
    const linh = await suite.practice.patient({ first_name: 'Linh', email: 'the.nguyens@example.com' });
    const bao = await suite.practice.patient({ first_name: 'Bao', email: 'the.nguyens@example.com' });
    const rosa = await suite.practice.patient({ first_name: 'Rosa', email: 'rosa@example.com', phone_number: '(707) 555-0130' });
    const mateo = await suite.practice.patient({ first_name: 'Mateo', email: 'mateo@example.com', phone_number: '707-555-0130' });
    const member = await suite.practice.member({ firstName: 'Linh', email: 'The.Nguyens@example.com' });
    const family = await suite.practice.member({ firstName: 'Rosa', phone: '707.555.0130' });
    const body = await suite.practice.findMatches();
    expect(body.matches).toEqual([]);
    expect(proposalOf(body, member).ambiguous).toMatchObject({ matchType: 'email', reasons: ['several_patients'] });
    expect(proposalOf(body, member).ambiguous?.candidates.map((c) => c.id).sort()).toEqual([linh, bao].sort());
    expect(proposalOf(body, family).ambiguous?.candidates.map((c) => c.id).sort()).toEqual([rosa, mateo].sort());
  });

  it('reports a patient several members fit on each of them, with the other members named by id', async () => {
    await suite.practice.connect();
    const patient = await suite.practice.patient({ email: 'garcia@example.com', phone_number: '(707) 555-0140' });
    const rosa = await suite.practice.member({ firstName: 'Rosa', phone: '707.555.0140' });
    const luis = await suite.practice.member({ firstName: 'Luis', phone: '+1 707 555 0140' });
    const body = await suite.practice.findMatches();
    expect(body.matches).toEqual([]);
    expect(proposalOf(body, rosa).ambiguous).toMatchObject({ candidates: [{ id: patient }], reasons: ['several_members'], otherMemberIds: [luis] });
    expect(proposalOf(body, luis).ambiguous).toMatchObject({ candidates: [{ id: patient }], reasons: ['several_members'], otherMemberIds: [rosa] });
  });
});

describe('"not a match"', () => {
  it('is remembered: the pair is not proposed again, and the decision is audited', async () => {
    await suite.practice.connect();
    const patient = await suite.practice.patient({ email: 'sam@example.com' });
    const member = await suite.practice.member({ firstName: 'Sam', email: 'sam@example.com' });
    expect(proposalOf(await suite.practice.findMatches(), member).match?.patient.id).toBe(patient);

    const rejected = await suite.practice.call('POST', '/healthie/member-matches/rejections', { memberId: member, patientId: patient });
    expect(rejected.json()).toEqual({ memberId: member, patientId: patient, status: 'recorded' });
    const again = await suite.practice.call('POST', '/healthie/member-matches/rejections', { memberId: member, patientId: patient });
    expect(again.json().status).toBe('already_recorded');

    expect(proposalOf(await suite.practice.findMatches(), member)).toEqual({ match: null, ambiguous: null });
    expect(await suite.practice.auditActions()).toEqual(expect.arrayContaining(['healthie.member_match.rejected']));
    expect((await suite.practice.auditActions()).filter((a) => a === 'healthie.member_match.rejected')).toHaveLength(1);
  });

  it('refuses unknown members and malformed ids, writing nothing', async () => {
    await suite.practice.connect();
    const member = await suite.practice.member({ firstName: 'Sam', email: 'sam@example.com' });
    const unknown = await suite.practice.call('POST', '/healthie/member-matches/rejections', { memberId: '00000000-0000-4000-8000-000000000000', patientId: '1' });
    expect(unknown.statusCode).toBe(404);
    const bad = await suite.practice.call('POST', '/healthie/member-matches/rejections', { memberId: member, patientId: 'not an id!' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('patientId');
    const { rows } = await suite.fx.database.query<{ n: number }>('select count(*)::int as n from member_match_rejections');
    expect(rows[0]!.n).toBe(0);
  });
});

describe('choosing how to read Healthie', () => {
  const seed = { scale: { providers: 2, patients: 3_000, appointments: 0 } };

  it('looks a few members up by keyword in a large practice, one search per email', async () => {
    await suite.practice.connect(seed);
    const patient = await suite.practice.patient({ email: 'few.members@example.com' });
    const other = await suite.practice.patient({ email: 'second.few@example.com' });
    const byEmail = await suite.practice.member({ firstName: 'Few', email: 'Few.Members@example.com' });
    const second = await suite.practice.member({ firstName: 'Second', email: 'second.few@example.com' });
    const body = await suite.practice.findMatches();
    // One page to learn the size, then one search per email.
    expect(body).toMatchObject({ strategy: 'lookup', requests: 3 });
    expect(proposalOf(body, byEmail).match).toMatchObject({ matchType: 'email', patient: { id: patient } });
    expect(proposalOf(body, second).match).toMatchObject({ matchType: 'email', patient: { id: other } });
  });

  it("scans a large practice when a member may need matching by phone: Healthie's keywords do not search phones", async () => {
    await suite.practice.connect(seed);
    const phonePatient = await suite.practice.patient({ phone_number: '(555) 010-0150' });
    const byPhone = await suite.practice.member({ firstName: 'Phone', phone: '555.010.0150' });
    const body = await suite.practice.findMatches();
    expect(body).toMatchObject({ strategy: 'scan', requests: Math.ceil(3_001 / 358) });
    expect(proposalOf(body, byPhone).match).toMatchObject({ matchType: 'phone', patient: { id: phonePatient } });
  });

  it('pages every patient once when members are many, in as many requests as pages', async () => {
    await suite.practice.connect(seed);
    const patient = await suite.practice.patient({ email: 'many.members@example.com' });
    const member = await suite.practice.member({ firstName: 'Many', email: 'many.members@example.com' });
    for (let i = 0; i < 12; i++) await suite.practice.member({ firstName: `Other${i}`, email: `nobody${i}@example.com` });
    const body = await suite.practice.findMatches();
    expect(body).toMatchObject({ strategy: 'scan', requests: Math.ceil(3_001 / 358), patientsRead: 3_001 });
    expect(proposalOf(body, member).match?.patient.id).toBe(patient);
  });
});

describe('archived patients', () => {
  it('are never proposed, by a scan or a lookup', async () => {
    await suite.practice.connect();
    const archived = await suite.practice.patient({ email: 'archived.match@example.com', phone_number: '555-010-0177' });
    await suite.sandbox.control('DELETE', `/_sandbox/patients/${archived}`);
    const byEmail = await suite.practice.member({ firstName: 'Email', email: 'archived.match@example.com' });
    const byPhone = await suite.practice.member({ firstName: 'Phone', phone: '(555) 010-0177' });
    const body = await suite.practice.findMatches();
    expect(proposalOf(body, byEmail)).toEqual({ match: null, ambiguous: null });
    expect(proposalOf(body, byPhone)).toEqual({ match: null, ambiguous: null });
    expect(JSON.stringify(body)).not.toContain(archived);
  });
});

describe('links whose patient is gone', () => {
  it('are flagged when matching runs, a patient Healthie does not have and an archived one alike, and shown as such', async () => {
    await suite.practice.connect();
    const archived = await suite.practice.patient({ email: 'archived@example.com' });
    await suite.practice.patient({ email: 'match@example.com' });
    const goneMember = await suite.practice.member({ firstName: 'Gone', email: 'gone@example.com' });
    const archivedMember = await suite.practice.member({ firstName: 'Archived', email: 'archived@example.com' });
    await suite.practice.member({ firstName: 'Match', email: 'match@example.com' });
    expect((await suite.practice.call('POST', '/healthie/member-links', [{ memberId: archivedMember, patientId: archived }])).statusCode).toBe(200);
    // A link kept from another Healthie organization (the member page refuses such an id today).
    await setMemberField(suite.fx.database.db, suite.practice.ws.workspace.id, goneMember, HEALTHIE_PATIENT_ID, '987654321');
    await suite.sandbox.control('PATCH', `/_sandbox/patients/${archived}`, { active: false });

    const body = await suite.practice.findMatches();
    expect(body.flaggedLinks.sort((a, b) => a.reason.localeCompare(b.reason))).toEqual([
      { memberId: archivedMember, patientId: archived, reason: 'patient_archived' },
      { memberId: goneMember, patientId: '987654321', reason: 'patient_missing' },
    ]);
    expect(body.matches).toHaveLength(1);
    const links = (await suite.practice.call('GET', '/healthie/member-links')).json();
    expect(links.map((l: { id: string; flag: { reason: string } | null }) => [l.id, l.flag?.reason ?? null]).sort()).toEqual(
      [
        [goneMember, 'patient_missing'],
        [archivedMember, 'patient_archived'],
      ].sort(),
    );
    await suite.practice.call('DELETE', `/healthie/member-links/${archivedMember}`);
    const relink = await suite.practice.call('POST', '/healthie/member-links', [{ memberId: archivedMember, patientId: archived }]);
    expect([relink.statusCode, relink.json().error.code]).toEqual([404, 'patient_archived']);

    await suite.practice.call('DELETE', `/healthie/member-links/${goneMember}`);
    const { rows } = await suite.fx.database.query<{ n: number }>('select count(*)::int as n from member_link_flags');
    expect(rows[0]!.n).toBe(0);
  });
});

describe('when Healthie fails', () => {
  it('says "Healthie API request failed" and flags nothing', async () => {
    await suite.practice.connect();
    const gone = await suite.practice.patient({ email: 'gone@example.com' });
    const member = await suite.practice.member({ firstName: 'Gone', email: 'gone@example.com' });
    await suite.practice.call('POST', '/healthie/member-links', [{ memberId: member, patientId: gone }]);
    await suite.sandbox.control('DELETE', `/_sandbox/patients/${gone}`);
    await suite.practice.member({ firstName: 'Sam', email: 'sam@example.com' });
    await suite.sandbox.setFaults({ errorRate: 1 });
    const res = await suite.practice.call('POST', '/healthie/member-matches');
    expect(res.statusCode).toBe(502);
    expect(res.json().error.message).toMatch(/^Healthie API request failed/);
    expect(res.body).not.toContain('sam@example.com');
    const { rows } = await suite.fx.database.query<{ n: number }>('select count(*)::int as n from member_link_flags');
    expect(rows[0]!.n).toBe(0);
  });

  it('asks for a connection first', async () => {
    const res = await suite.practice.call('POST', '/healthie/member-matches');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('healthie_not_connected');
  });
});

describe('progress of Find Matching Records', () => {
  const seed = { scale: { providers: 2, patients: 3_000, appointments: 0 } };
  type Progress = { status: string; phase: string; strategy: string | null; patientsRead: number; patientsTotal: number | null; searchesDone: number; searchesTotal: number | null };
  const progress = async (token?: string): Promise<Progress> => (await suite.practice.call('GET', '/healthie/member-matches/progress', undefined, token)).json();

  it('shows patients read of the total while a scan runs, then the finished run', async () => {
    expect(await progress()).toMatchObject({ status: 'idle', patientsRead: 0, patientsTotal: null });
    await suite.practice.connect(seed);
    await suite.practice.member({ firstName: 'Phone', phone: '555.010.0150' });
    await suite.sandbox.setFaults({ latencyMs: 300 });
    const running = suite.practice.findMatches();
    await expect
      .poll(async () => {
        const now = await progress();
        return now.status === 'running' && now.patientsTotal === 3_000 && now.patientsRead > 0 && now.patientsRead < 3_000;
      }, { timeout: 10_000, interval: 50 })
      .toBe(true);
    expect(await progress()).toMatchObject({ phase: 'reading', strategy: 'scan' });
    const body = await running;
    expect(await progress()).toMatchObject({ status: 'finished', phase: 'checking_links', strategy: 'scan', patientsRead: body.patientsRead, patientsTotal: 3_000 });
  });

  it('counts email searches when it looks members up', async () => {
    await suite.practice.connect(seed);
    await suite.practice.member({ firstName: 'Few', email: 'few.members@example.com' });
    await suite.practice.member({ firstName: 'Second', email: 'second.few@example.com' });
    const body = await suite.practice.findMatches();
    expect(body.strategy).toBe('lookup');
    expect(await progress()).toMatchObject({ status: 'finished', strategy: 'lookup', searchesDone: 2, searchesTotal: 2, patientsTotal: 3_000 });
  });

  it('says a run failed, and a run whose process died stopped, and is seen only by its own workspace', async () => {
    await suite.practice.connect();
    await suite.practice.member({ firstName: 'Sam', email: 'sam@example.com' });
    await suite.sandbox.setFaults({ errorRate: 1 });
    expect((await suite.practice.call('POST', '/healthie/member-matches')).statusCode).toBe(502);
    expect(await progress()).toMatchObject({ status: 'failed', patientsRead: 0 });

    const other = await suite.fx.createTestWorkspace('Other clinic');
    const elsewhere = await suite.fx.app.inject({ method: 'GET', url: `/api/v1/workspaces/${other.workspace.id}/healthie/member-matches/progress`, headers: bearer(other.token) });
    expect(elsewhere.json()).toMatchObject({ status: 'idle' });

    await suite.fx.database.query(`update member_match_progress set status = 'running', finished_at = null, updated_at = now() - interval '2 minutes'`);
    expect(await progress()).toMatchObject({ status: 'interrupted' });
  });
});
