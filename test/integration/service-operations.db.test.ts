import { describe, expect, it } from 'vitest';
import { createCalendarEvent, changeCalendarEvent } from '../../src/integration/calendar-event-writes.ts';
import { syncNow } from '../../src/integration/calendar-sync/request-sync.ts';
import { linkMembersToPatients } from '../../src/integration/member-links/link-members.ts';
import { updateMemberWithLink } from '../../src/integration/member-links/update-member.ts';
import type { Actor } from '../../src/workspace/audit.ts';
import { createEventType } from '../../src/workspace/calendar-event-types.ts';
import { createCalendar, deleteCalendar } from '../../src/workspace/calendars.ts';
import { importMemberRows } from '../../src/workspace/member-import.ts';
import { createMember, deleteMember } from '../../src/workspace/members.ts';
import { getWorkspace } from '../../src/workspace/workspaces.ts';
import { syncScenarioPerTest } from '../support/sync-scenario-per-test.ts';

/** The operations routes and assistant tools share, called as services: no HTTP in between. */
const t = syncScenarioPerTest('Services');
const actor: Actor = { type: 'system', id: null };

const auditActions = async () => (await t.fx.database.query<{ action: string }>('select action from audit_log order by id')).rows.map((r) => r.action);

describe('operations as services', () => {
  it('import takes JSON rows or CSV, writes them with one audit entry, and refuses what is neither', async () => {
    const workspace = await getWorkspace(t.fx.database.db, t.s.ws.workspace.id);
    const csv = await importMemberRows(t.fx.database.db, { workspace, actor, body: 'firstName,lastName,email\nAda,Lovelace,ada@example.org\n' });
    expect(csv).toMatchObject({ created: 1, updated: 0, errors: [] });
    const json = await importMemberRows(t.fx.database.db, { workspace, actor, body: [{ firstName: 'Ada', email: 'ADA@example.org', phone: '+1 617 555 0100' }] });
    expect(json).toMatchObject({ created: 0, updated: 1 });
    expect((await auditActions()).filter((a) => a === 'members.imported')).toHaveLength(2);
    await expect(importMemberRows(t.fx.database.db, { workspace, actor, body: [] })).rejects.toMatchObject({ status: 400, code: 'empty_import' });
  });

  it('a linked calendar refuses hand-made event types and, with push off, events', async () => {
    await t.s.link();
    await expect(createEventType(t.fx.database.db, { workspaceId: t.s.ws.workspace.id, calendarId: t.s.calendarId, name: 'Coffee', durationMinutes: 15 })).rejects.toMatchObject({ status: 409, code: 'calendar_linked' });
    const input = { workspaceId: t.s.ws.workspace.id, actor, calendarId: t.s.calendarId };
    await expect(createCalendarEvent(t.fx.ctx, { ...input, event: { title: 'X', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z' } })).rejects.toMatchObject({ status: 409, code: 'calendar_linked' });
    const internal = await createCalendar(t.fx.database.db, t.s.ws.workspace.id, { name: 'Internal', timezone: 'UTC' });
    const created = await createCalendarEvent(t.fx.ctx, { ...input, calendarId: internal.id, event: { title: 'Team huddle', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T10:30:00Z' } });
    const moved = await changeCalendarEvent(t.fx.ctx, { ...input, calendarId: internal.id, eventId: created.event.id, change: { startsAt: '2030-01-02T09:00:00Z' } });
    expect(moved.event).toMatchObject({ title: 'Team huddle', startsAt: new Date('2030-01-02T09:00:00Z'), endsAt: new Date('2030-01-02T09:30:00Z'), durationMinutes: 30 });
    await expect(createCalendarEvent(t.fx.ctx, { ...input, calendarId: internal.id, event: { startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T11:00:00Z' } })).rejects.toMatchObject({ status: 400, message: 'title is required' });
  });

  it('Sync Now joins the run already queued, and refuses a calendar that is not linked', async () => {
    await t.s.link();
    const first = await syncNow(t.fx.ctx, { workspaceId: t.s.ws.workspace.id, calendarId: t.s.calendarId });
    const second = await syncNow(t.fx.ctx, { workspaceId: t.s.ws.workspace.id, calendarId: t.s.calendarId });
    expect([first.joined, second.joined, second.run.id]).toEqual([false, true, first.run.id]);
    const internal = await createCalendar(t.fx.database.db, t.s.ws.workspace.id, { name: 'Internal', timezone: 'UTC' });
    await expect(syncNow(t.fx.ctx, { workspaceId: t.s.ws.workspace.id, calendarId: internal.id })).rejects.toMatchObject({ status: 409, code: 'calendar_not_linked' });
  });

  it('a single Link that cannot be made is its error; Link All answers item by item', async () => {
    const { db } = t.fx.database;
    const ada = await createMember(db, t.s.ws.workspace.id, { firstName: 'Ada', lastName: 'Lovelace' }, 'US');
    const grace = await createMember(db, t.s.ws.workspace.id, { firstName: 'Grace', lastName: 'Hopper' }, 'US');
    const input = { workspaceId: t.s.ws.workspace.id, actor };
    await linkMembersToPatients(t.fx.ctx, { ...input, links: [{ memberId: ada.id, patientId: t.s.patientIds[0]! }] });
    await expect(linkMembersToPatients(t.fx.ctx, { ...input, links: [{ memberId: grace.id, patientId: t.s.patientIds[0]! }] })).rejects.toMatchObject({ status: 409, code: 'patient_already_linked' });
    await expect(linkMembersToPatients(t.fx.ctx, { ...input, links: [{ memberId: grace.id, patientId: '999999' }] })).rejects.toMatchObject({ status: 404, code: 'patient_not_found' });
    const all = await linkMembersToPatients(t.fx.ctx, { ...input, links: [{ memberId: grace.id, patientId: t.s.patientIds[0]! }, { memberId: grace.id, patientId: t.s.patientIds[1]! }] });
    expect(all.results.map((r) => r.status)).toEqual(['conflict', 'linked']);
  });

  it('a member update with a manual link, and the deletes, are audited in the transaction that makes them', async () => {
    const { db } = t.fx.database;
    const workspace = await getWorkspace(db, t.s.ws.workspace.id);
    const ada = await createMember(db, workspace.id, { firstName: 'Ada', lastName: 'Lovelace' }, 'US');
    const updated = await updateMemberWithLink(t.fx.ctx, { workspace, actor, memberId: ada.id, changes: { lastName: 'King', fields: { 'healthie:patient_id': t.s.patientIds[2]! } } });
    expect(updated).toMatchObject({ firstName: 'Ada', lastName: 'King', fields: { 'healthie:patient_id': t.s.patientIds[2] } });
    await deleteMember(db, { workspaceId: workspace.id, actor, memberId: ada.id });
    await deleteCalendar(db, { workspaceId: workspace.id, actor, calendarId: t.s.calendarId });
    expect(await auditActions()).toEqual(expect.arrayContaining(['healthie.member.linked', 'member.deleted', 'calendar.deleted']));
    await expect(deleteMember(db, { workspaceId: workspace.id, actor, memberId: ada.id })).rejects.toMatchObject({ status: 404 });
  });
});
