// versionChanges: a field or argument that no longer exists from a given version on, seen by validation
// and introspection alike; documents are validated whole before anything runs.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => control(sandbox, 'PUT', '/_sandbox/settings', { versionChanges: [], apiVersionRules: 'enforced' }));
afterAll(() => sandbox.close());

const removals = {
  apiVersionRules: 'transition',
  versionChanges: [
    { version: '2026-07-01', removed: 'Appointment.pm_status' },
    { version: '2026-07-01', removed: 'Query.appointments(filter)' },
  ],
};

describe('versionChanges', () => {
  it('fails validation from that version on, as against a schema without the field or argument', async () => {
    expect((await control(sandbox, 'PUT', '/_sandbox/settings', removals)).status).toBe(200);
    const query = '{ appointments(is_org: true, first: 1) { nodes { id pm_status } } }';
    const current = await graphql(sandbox, query);
    expect(current.data).toBeUndefined();
    expect(current.errors).toEqual([
      expect.objectContaining({ message: "Field 'pm_status' doesn't exist on type 'Appointment'", extensions: expect.objectContaining({ code: 'undefinedField' }) }),
    ]);
    const argument = await graphql(sandbox, '{ appointments(filter: "all", first: 1) { nodes { id } } }');
    expect(argument.errors?.[0]).toMatchObject({ message: "Field 'appointments' doesn't accept argument 'filter'", extensions: { code: 'argumentNotAccepted' } });

    const older = await graphql(sandbox, query, {}, { version: '2026-01-01' });
    expect(older.errors).toBeUndefined();
    expect(older.data?.appointments.nodes[0]).toHaveProperty('pm_status');
  });

  it('validates fields under @skip(if: true) too, and a document whose root fields are all skipped runs nothing', async () => {
    await control(sandbox, 'PUT', '/_sandbox/settings', removals);
    const skippedRemoved = await graphql(sandbox, '{ appointments(is_org: true, first: 1) @skip(if: true) { nodes { pm_status } } }');
    expect(skippedRemoved.data).toBeUndefined();
    expect(skippedRemoved.errors?.[0]?.message).toBe("Field 'pm_status' doesn't exist on type 'Appointment'");

    const before = (await graphql(sandbox, '{ users { total_count } }')).data?.users.total_count;
    const skipped = await graphql(
      sandbox,
      'mutation { createClient(input: { first_name: "Skip", last_name: "Me", email: "skip.me@example.com" }) @skip(if: true) { user { id } } }',
    );
    expect(skipped).toEqual({ status: 200, data: {} });
    expect((await graphql(sandbox, '{ users { total_count } }')).data?.users.total_count).toBe(before);
  });

  it('shows in introspection for the requested version', async () => {
    await control(sandbox, 'PUT', '/_sandbox/settings', removals);
    const query = `{ __type(name: "Appointment") { fields { name } }
      __schema { queryType { fields { name args { name } } } } }`;
    const introspect = async (version: string) => {
      const response = await graphql(sandbox, query, {}, { version });
      expect(response.errors).toBeUndefined();
      const fields = response.data?.__type.fields.map((field: { name: string }) => field.name) as string[];
      const appointments = response.data?.__schema.queryType.fields.find((field: { name: string }) => field.name === 'appointments');
      return { fields, appointmentArguments: appointments.args.map((arg: { name: string }) => arg.name) as string[] };
    };
    const current = await introspect('2026-07-01');
    expect(current.fields).not.toContain('pm_status');
    expect(current.fields).toContain('pm_status_changed_at');
    expect(current.appointmentArguments).not.toContain('filter');
    const older = await introspect('2026-01-01');
    expect(older.fields).toContain('pm_status');
    expect(older.appointmentArguments).toContain('filter');
  });

  it('refuses a change that names nothing in the served schema, or an unpublished version', async () => {
    const unknown = await control(sandbox, 'PUT', '/_sandbox/settings', { versionChanges: [{ version: '2026-07-01', removed: 'Appointment.nickname' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('Appointment.nickname');
    const unpublished = await control(sandbox, 'PUT', '/_sandbox/settings', { versionChanges: [{ version: '2026-08-01', removed: 'Appointment.pm_status' }] });
    expect(unpublished.status).toBe(400);
    expect((await control(sandbox, 'GET', '/_sandbox/settings')).body.versionChanges).toEqual([]);
  });
});
