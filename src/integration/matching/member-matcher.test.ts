import { describe, expect, it } from 'vitest';
import { emailKey } from '../../workspace/members.ts';
import { normalizePhone } from '../../workspace/phone.ts';
import { MemberMatcher, matchMembers, type MatchRules, type PatientContact } from './member-matcher.ts';

const member = (id: string, contact: { email?: string; phone?: string }) => ({
  id,
  emailKey: contact.email ? emailKey(contact.email) : null,
  phone: contact.phone ? normalizePhone(contact.phone, 'US') : null,
});
const patient = (id: string, email: string | null, phone: string | null = null): PatientContact => ({ id, email, phone });
const rules = (overrides: Partial<MatchRules> = {}): MatchRules => ({ phoneRegion: 'US', rejected: new Map(), linked: new Map(), ...overrides });
const ids = (outcome: ReturnType<typeof matchMembers>) => ({
  matches: outcome.matches.map((m) => [m.member.id, m.patient.id, m.matchType]),
  ambiguous: outcome.ambiguous.map((a) => [a.member.id, a.candidates.map((c) => c.id), a.matchType, a.reasons, a.otherMemberIds]),
});

describe('matching members to patients', () => {
  it.each([
    ['the same address', 'maria.lopez@example.com', 'maria.lopez@example.com'],
    ['other letter case', 'Maria.Lopez@Example.COM', 'maria.lopez@example.com'],
    ['surrounding spaces on the member', '  maria.lopez@example.com ', 'maria.lopez@example.com'],
    ['surrounding spaces and case on the patient', 'maria.lopez@example.com', ' MARIA.LOPEZ@example.com  '],
  ])('matches by email: %s', (_case, memberEmail, patientEmail) => {
    const outcome = matchMembers([member('m1', { email: memberEmail })], [patient('p1', patientEmail)], rules());
    expect(ids(outcome)).toEqual({ matches: [['m1', 'p1', 'email']], ambiguous: [] });
  });

  it.each([
    ['plus-addressing', 'yuki.tanaka+clinic@example.com', 'yuki.tanaka@example.com'],
    ['another domain', 'yuki.tanaka@example.org', 'yuki.tanaka@example.com'],
    ['a dot moved', 'yukitanaka@example.com', 'yuki.tanaka@example.com'],
  ])('keeps distinct addresses apart: %s', (_case, memberEmail, patientEmail) => {
    expect(ids(matchMembers([member('m1', { email: memberEmail })], [patient('p1', patientEmail)], rules()))).toEqual({ matches: [], ambiguous: [] });
  });

  it.each([
    ['(555) 123-4567', '555.123.4567'],
    ['555.123.4567', '+1 555 123 4567'],
    ['+1 555 123 4567', '1-555-123-4567'],
    ['1-555-123-4567', '+15551234567'],
    ['+15551234567', '5551234567'],
    ['555 123 4567', '(555)123-4567'],
    ['(555) 123-4567', '555-123-4567 ext. 89'],
    ['555-123-4567 x12', '+1 (555) 123-4567'],
  ])('matches by phone whatever the format: member %j, patient %j', (memberPhone, patientPhone) => {
    const outcome = matchMembers([member('m1', { phone: memberPhone })], [patient('p1', null, patientPhone)], rules());
    expect(ids(outcome)).toEqual({ matches: [['m1', 'p1', 'phone']], ambiguous: [] });
  });

  it.each([
    ['an invalid number on the patient', '555-123-4567', '123'],
    ['a number that is not a number', '555-123-4567', 'call the front desk'],
    ['another number', '555-123-4567', '555-123-4568'],
    ['the same digits in another country', '+44 20 7946 0958', '(207) 946-0958'],
  ])('does not match by phone: %s', (_case, memberPhone, patientPhone) => {
    expect(ids(matchMembers([member('m1', { phone: memberPhone })], [patient('p1', null, patientPhone)], rules()))).toEqual({ matches: [], ambiguous: [] });
  });

  it('reads patient numbers without a country code in the workspace region', () => {
    const uk = { id: 'm1', emailKey: null, phone: normalizePhone('+44 20 7946 0958')! };
    expect(ids(matchMembers([uk], [patient('p1', null, '020 7946 0958')], rules({ phoneRegion: 'GB' }))).matches).toEqual([['m1', 'p1', 'phone']]);
    expect(ids(matchMembers([uk], [patient('p1', null, '020 7946 0958')], rules())).matches).toEqual([]);
  });

  it('prefers the email: the phone is only compared when the email fits nobody', () => {
    const members = [member('both', { email: 'a@example.com', phone: '555-000-0001' }), member('phone', { email: 'b@example.com', phone: '555-000-0002' })];
    const patients = [patient('p-email', 'A@example.com', null), patient('p-phone', null, '555-000-0001'), patient('p2', 'nobody@example.com', '5550000002')];
    expect(ids(matchMembers(members, patients, rules()))).toEqual({
      matches: [
        ['both', 'p-email', 'email'],
        ['phone', 'p2', 'phone'],
      ],
      ambiguous: [],
    });
  });

  it('leaves out members without email or phone', () => {
    const outcome = matchMembers([{ id: 'm1', emailKey: null, phone: null }], [patient('p1', null, null), patient('p2', '', '')], rules());
    expect(ids(outcome)).toEqual({ matches: [], ambiguous: [] });
  });

  it('reports a value several patients share with every candidate (shared email, family phone)', () => {
    const members = [member('linh', { email: 'The.Nguyens@example.com' }), member('rosa', { phone: '707.555.0130' })];
    const patients = [
      patient('linh-p', 'the.nguyens@example.com'),
      patient('bao-p', 'the.nguyens@example.com'),
      patient('rosa-p', 'rosa@example.com', '(707) 555-0130'),
      patient('mateo-p', 'mateo@example.com', '707-555-0130'),
    ];
    expect(ids(matchMembers(members, patients, rules()))).toEqual({
      matches: [],
      ambiguous: [
        ['linh', ['linh-p', 'bao-p'], 'email', ['several_patients'], []],
        ['rosa', ['rosa-p', 'mateo-p'], 'phone', ['several_patients'], []],
      ],
    });
  });

  it('reports a patient several members fit, on each of those members', () => {
    const members = [member('rosa', { phone: '707.555.0130' }), member('luis', { phone: '(707) 555 0130' }), member('ana', { email: 'ana@example.com' })];
    const patients = [patient('rosa-p', null, '707-555-0130'), patient('ana-p', 'ana@example.com', '707-555-0199')];
    expect(ids(matchMembers(members, patients, rules()))).toEqual({
      matches: [['ana', 'ana-p', 'email']],
      ambiguous: [
        ['rosa', ['rosa-p'], 'phone', ['several_members'], ['luis']],
        ['luis', ['rosa-p'], 'phone', ['several_members'], ['rosa']],
      ],
    });
  });

  it('reports a patient that fits one member by email and another by phone as ambiguous for both', () => {
    const members = [member('parent', { email: 'kim@example.com' }), member('child', { phone: '555-000-0009' })];
    const outcome = matchMembers(members, [patient('kim-p', 'kim@example.com', '555-000-0009')], rules());
    expect(ids(outcome).ambiguous).toEqual([
      ['parent', ['kim-p'], 'email', ['several_members'], ['child']],
      ['child', ['kim-p'], 'phone', ['several_members'], ['parent']],
    ]);
  });

  it('reports a candidate already linked to another member instead of proposing it', () => {
    const outcome = matchMembers([member('m1', { email: 'a@example.com' })], [patient('p1', 'a@example.com')], rules({ linked: new Map([['p1', 'm0']]) }));
    expect(ids(outcome)).toEqual({ matches: [], ambiguous: [['m1', ['p1'], 'email', ['patient_linked'], ['m0']]] });
  });

  it('never proposes a pair a person said is not a match', () => {
    const rejected = new Map([['m1', new Set(['p1'])]]);
    const members = [member('m1', { email: 'a@example.com', phone: '555-000-0001' })];
    expect(ids(matchMembers(members, [patient('p1', 'a@example.com', '555-000-0001')], rules({ rejected })))).toEqual({ matches: [], ambiguous: [] });
    // The rejected patient no longer fits, so the phone decides.
    const outcome = matchMembers(members, [patient('p1', 'a@example.com'), patient('p2', null, '5550000001')], rules({ rejected }));
    expect(ids(outcome)).toEqual({ matches: [['m1', 'p2', 'phone']], ambiguous: [] });
  });

  it('takes patients in batches, in any order, each once', () => {
    const matcher = new MemberMatcher([member('m1', { email: 'a@example.com' }), member('m2', { phone: '555-000-0002' })], rules());
    matcher.add([patient('p2', null, '555-000-0002')]);
    matcher.add([patient('p1', 'a@example.com'), patient('p2', null, '555-000-0002')]);
    matcher.add([patient('p1', 'a@example.com')]);
    expect(ids(matcher.outcome())).toEqual({
      matches: [
        ['m1', 'p1', 'email'],
        ['m2', 'p2', 'phone'],
      ],
      ambiguous: [],
    });
  });
});
