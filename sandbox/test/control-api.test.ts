// The control API: seeds, and changing records as a person in Healthie would.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trimHealthieSchema } from '../../scripts/trim-healthie-schema.ts';
import { schemaUrl } from '../served-schema.ts';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'empty' });
});
afterAll(() => sandbox.close());

describe('POST /_sandbox/reset', () => {
  it('seeds an empty practice whose first key is the admin', async () => {
    const { body } = await control(sandbox, 'POST', '/_sandbox/reset', { seed: 'empty' });
    expect(body.apiKeys[0]).toMatchObject({ userId: expect.any(String), name: expect.stringContaining('admin'), canListOrganizationMembers: true });
    expect(body.apiKeys[1]).toMatchObject({ canListOrganizationMembers: false, name: expect.stringContaining('cannot list organization members') });
    const counts = await graphql(sandbox, '{ users { total_count } appointmentTypes { total_count } appointments(is_org: true, filter: "all") { total_count } }');
    expect(counts.data).toEqual({ users: { total_count: 0 }, appointmentTypes: { total_count: 0 }, appointments: { total_count: 0 } });
  });

  it('seeds the scale practice with the given counts, and refuses unknown seeds', async () => {
    const { body } = await control(sandbox, 'POST', '/_sandbox/reset', { seed: { scale: { providers: 4, patients: 250, appointments: 500 } } });
    const counts = await graphql(sandbox, '{ users { total_count } organizationMembers { total_count } appointments(is_org: true, filter: "all", with_all_statuses: true) { total_count } }', {}, { key: body.apiKeys[0].key });
    expect(counts.data).toEqual({ users: { total_count: 250 }, organizationMembers: { total_count: 5 }, appointments: { total_count: 500 } });
    expect((await control(sandbox, 'POST', '/_sandbox/reset', { seed: 'huge' })).status).toBe(400);
  });
});

describe('records through the control API', () => {
  beforeAll(() => control(sandbox, 'POST', '/_sandbox/reset', { seed: 'empty' }));

  it('creates, updates and deletes a provider, a patient, an appointment type and an appointment', async () => {
    const provider = await control(sandbox, 'POST', '/_sandbox/providers', { first_name: 'Nina', last_name: 'Park', email: 'nina.park@example.com', timezone: 'America/Chicago' });
    expect(provider.status).toBe(201);
    const providerId = provider.body.provider.id;
    const patient = await control(sandbox, 'POST', '/_sandbox/patients', { first_name: 'Omar', last_name: 'Diaz', email: 'omar.diaz@example.com', phone_number: '555-0101' });
    const type = await control(sandbox, 'POST', '/_sandbox/appointment-types', { name: 'Intake', length: 45, provider_ids_for_appt_type_connections: [providerId] });
    const appointment = await control(sandbox, 'POST', '/_sandbox/appointments', {
      other_party_id: providerId,
      user_id: patient.body.patient.id,
      appointment_type_id: type.body.appointmentType.id,
      contact_type: 'Healthie Video Call',
      datetime: '2031-01-02T15:00:00Z',
    });
    expect(appointment.status).toBe(201);
    const id = appointment.body.appointment.id;

    expect((await control(sandbox, 'PATCH', `/_sandbox/appointments/${id}`, { pm_status: 'Checked-In' })).body.appointment.pmStatus).toBe('Checked-In');
    expect((await control(sandbox, 'PATCH', `/_sandbox/providers/${providerId}`, { title: 'MD' })).status).toBe(200);
    expect((await control(sandbox, 'PATCH', `/_sandbox/patients/${patient.body.patient.id}`, { phone_number: '555-0199' })).body.patient.phoneNumber).toBe('555-0199');
    expect((await control(sandbox, 'PATCH', `/_sandbox/appointment-types/${type.body.appointmentType.id}`, { length: 50 })).body.appointmentType.length).toBe(50);

    const seen = await graphql(sandbox, 'query($id: ID) { appointment(id: $id) { pm_status length provider { id } } }', { id });
    expect(seen.data?.appointment).toEqual({ pm_status: 'Checked-In', length: 45, provider: { id: providerId } });

    expect((await control(sandbox, 'DELETE', `/_sandbox/appointments/${id}`)).status).toBe(200);
    expect((await graphql(sandbox, 'query($id: ID) { appointment(id: $id) { id } }', { id })).data?.appointment).toBeNull();
    expect((await control(sandbox, 'DELETE', `/_sandbox/appointment-types/${type.body.appointmentType.id}`)).status).toBe(200);
    expect((await graphql(sandbox, '{ appointmentTypes { total_count } }')).data?.appointmentTypes.total_count).toBe(0);
    expect((await control(sandbox, 'DELETE', `/_sandbox/providers/${providerId}`)).status).toBe(200);
    expect((await graphql(sandbox, 'query($id: ID) { user(id: $id) { id } }', { id: providerId })).data?.user).toBeNull();
  });

  it('archives a patient it is asked to delete: user(id) still answers, active_status tells them apart', async () => {
    const patient = await control(sandbox, 'POST', '/_sandbox/patients', { first_name: 'Ada', last_name: 'Archive', email: 'ada.archive@example.com' });
    const id = patient.body.patient.id;
    const archived = await control(sandbox, 'DELETE', `/_sandbox/patients/${id}`);
    expect(archived.body.patient).toMatchObject({ id, active: false, archivedAt: expect.any(Number) });
    const seen = await graphql(sandbox, 'query($id: ID) { user(id: $id) { id active archived_at } }', { id });
    expect(seen.data?.user).toMatchObject({ id, active: false, archived_at: expect.any(String) });
    const listed = async (status?: string) =>
      ((await graphql(sandbox, 'query($status: String) { users(active_status: $status) { nodes { id } } }', { status })).data?.users.nodes as { id: string }[]).some(
        (node) => node.id === id,
      );
    expect(await listed('archived')).toBe(true);
    expect(await listed('active')).toBe(false);
    expect(await listed()).toBe(true);
    expect((await control(sandbox, 'PATCH', `/_sandbox/patients/${id}`, { active: true })).body.patient).toMatchObject({ active: true, archivedAt: null });
  });

  it('answers 422 with Healthie messages, 404 for unknown records, 400 for bad bodies', async () => {
    const invalid = await control(sandbox, 'POST', '/_sandbox/patients', { first_name: 'No', email: 'no-at-sign' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.messages).toEqual(expect.arrayContaining([{ field: 'last_name', message: "can't be blank" }, { field: 'email', message: 'is invalid' }]));
    expect((await control(sandbox, 'PATCH', '/_sandbox/appointments/1', { notes: 'x' })).status).toBe(404);
    expect((await control(sandbox, 'POST', '/_sandbox/patients', { nickname: 'x' })).status).toBe(400);
    expect((await control(sandbox, 'GET', '/_sandbox/patients')).status).toBe(405);
  });
});

const healthieSchemaUrl = new URL('../../../shared/healthie-api/schema.graphql', import.meta.url);

describe('the committed schema', () => {
  it.skipIf(!existsSync(healthieSchemaUrl))("is what the trim script makes of Healthie's full schema", () => {
    expect(readFileSync(schemaUrl, 'utf8')).toBe(trimHealthieSchema(readFileSync(healthieSchemaUrl, 'utf8')));
  });
});
