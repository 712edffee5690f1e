import { describe, expect, it } from 'vitest';
import { bearer } from '../support/api-fixture.ts';
import { matchingPracticePerTest, type MatchesBody } from '../support/matching-practice.ts';

const suite = matchingPracticePerTest();
const rejections = '/healthie/member-matches/rejections';

interface RejectedMatch {
  member: { id: string; firstName: string; lastName: string; email: string | null; phone: string | null };
  patientId: string;
  actorId?: string;
  decidedAt: string;
}

interface AuditEntry {
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

const proposedPatient = (body: MatchesBody, memberId: string) => body.matches.find((m) => m.member.id === memberId)?.patient.id ?? null;

async function reject(memberId: string, patientId: string): Promise<void> {
  const res = await suite.practice.call('POST', rejections, { memberId, patientId });
  expect(res.json()).toMatchObject({ status: 'recorded' });
}

async function list(query = ''): Promise<{ total: string | undefined; items: RejectedMatch[] }> {
  const res = await suite.practice.call('GET', `${rejections}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return { total: res.headers['x-total-count'] as string | undefined, items: res.json() };
}

const auditLog = async (): Promise<AuditEntry[]> => (await suite.practice.call('GET', '/audit-log')).json();

async function countRejections(): Promise<number> {
  const { rows } = await suite.fx.database.query<{ n: number }>('select count(*)::int as n from member_match_rejections');
  return rows[0]!.n;
}

describe('"Not a match" decisions', () => {
  it('are listed newest first with the member, the patient id, who decided and when, paged with a total', async () => {
    const sam = await suite.practice.member({ firstName: 'Sam', lastName: 'Okafor', email: 'sam@example.com', phone: '555-010-0201' });
    const rita = await suite.practice.member({ firstName: 'Rita', lastName: 'Moss', email: 'rita@example.com' });
    await reject(sam, '2001');
    await reject(rita, '2002');
    await reject(sam, '2003');

    const all = await list();
    expect(all.total).toBe('3');
    expect(all.items.map((r) => [r.member.id, r.patientId])).toEqual([
      [sam, '2003'],
      [rita, '2002'],
      [sam, '2001'],
    ]);
    const decidedBy = (await auditLog()).find((e) => e.action === 'healthie.member_match.rejected')!.actorId;
    expect(all.items[0]).toEqual({
      member: { id: sam, firstName: 'Sam', lastName: 'Okafor', email: 'sam@example.com', phone: '+15550100201' },
      patientId: '2003',
      actorId: decidedBy,
      decidedAt: expect.any(String),
    });
    const times = all.items.map((r) => Date.parse(r.decidedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const lastPage = await list('?limit=2&offset=2');
    expect([lastPage.total, lastPage.items.map((r) => r.patientId)]).toEqual(['3', ['2001']]);
    const bad = await suite.practice.call('GET', `${rejections}?limit=0`);
    expect([bad.statusCode, bad.json().error.message]).toEqual([400, expect.stringContaining('limit')]);
  });

  it('leave out who decided when that was not stored', async () => {
    const member = await suite.practice.member({ firstName: 'Old', email: 'old@example.com' });
    await suite.fx.database.query('insert into member_match_rejections (workspace_id, member_id, patient_id) values ($1, $2, $3)', [
      suite.practice.ws.workspace.id,
      member,
      '2010',
    ]);
    const [only] = (await list()).items;
    expect(only).not.toHaveProperty('actorId');
  });

  it('are taken back, audited with ids only, and the pair is proposed again', async () => {
    await suite.practice.connect();
    const patient = await suite.practice.patient({ first_name: 'Sam', last_name: 'Okafor', email: 'sam.okafor@example.com' });
    const member = await suite.practice.member({ firstName: 'Sam', lastName: 'Okafor', email: 'sam.okafor@example.com', phone: '555-010-0202' });
    await reject(member, patient);
    expect(proposedPatient(await suite.practice.findMatches(), member)).toBeNull();

    const res = await suite.practice.call('DELETE', `${rejections}/${member}/${patient}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await list()).toEqual({ total: '0', items: [] });
    expect(proposedPatient(await suite.practice.findMatches(), member)).toBe(patient);

    const entry = (await auditLog()).find((e) => e.action === 'healthie.member_match.rejection_taken_back')!;
    expect(entry).toMatchObject({ actorType: 'api_key', actorId: expect.any(String), targetType: 'member', targetId: member, details: { patientId: patient } });
    expect(Object.keys(entry.details)).toEqual(['patientId']);
    for (const phi of ['Sam', 'Okafor', 'sam.okafor@example.com', '0202']) expect(JSON.stringify(entry)).not.toContain(phi);

    const again = await suite.practice.call('DELETE', `${rejections}/${member}/${patient}`);
    expect([again.statusCode, again.json().error.code]).toEqual([404, 'match_rejection_not_found']);
  });

  it('answer 404 for a decision that was never made and 400 for malformed ids, changing nothing', async () => {
    const member = await suite.practice.member({ firstName: 'Sam', email: 'sam@example.com' });
    await reject(member, '2001');
    const auditBefore = (await auditLog()).length;

    const otherPatient = await suite.practice.call('DELETE', `${rejections}/${member}/2002`);
    expect([otherPatient.statusCode, otherPatient.json().error.code]).toEqual([404, 'match_rejection_not_found']);
    const unknownMember = await suite.practice.call('DELETE', `${rejections}/00000000-0000-4000-8000-000000000000/2001`);
    expect([unknownMember.statusCode, unknownMember.json().error.code]).toEqual([404, 'match_rejection_not_found']);
    const badMember = await suite.practice.call('DELETE', `${rejections}/not-a-uuid/2001`);
    expect([badMember.statusCode, badMember.json().error.message]).toEqual([400, expect.stringContaining('memberId')]);
    const badPatient = await suite.practice.call('DELETE', `${rejections}/${member}/not%20an%20id!`);
    expect([badPatient.statusCode, badPatient.json().error.message]).toEqual([400, expect.stringContaining('patientId')]);

    expect(await countRejections()).toBe(1);
    expect((await auditLog()).length).toBe(auditBefore);
  });

  it("are never seen or taken back from another workspace", async () => {
    const member = await suite.practice.member({ firstName: 'Sam', email: 'sam@example.com' });
    await reject(member, '2001');
    const other = await suite.fx.createTestWorkspace('Other clinic');
    const otherBase = `/api/v1/workspaces/${other.workspace.id}/healthie/member-matches/rejections`;
    const call = (method: 'GET' | 'DELETE', url: string, token: string) => suite.fx.app.inject({ method, url, headers: bearer(token) });

    const listed = await call('GET', otherBase, other.token);
    expect([listed.statusCode, listed.headers['x-total-count'], listed.json()]).toEqual([200, '0', []]);
    const removed = await call('DELETE', `${otherBase}/${member}/2001`, other.token);
    expect([removed.statusCode, removed.json().error.code]).toEqual([404, 'match_rejection_not_found']);
    const intoMine = await call('DELETE', `${suite.practice.base}${rejections}/${member}/2001`, other.token);
    expect(intoMine.statusCode).toBe(404);

    expect(await countRejections()).toBe(1);
    expect((await list()).total).toBe('1');
  });
});
