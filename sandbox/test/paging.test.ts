// Walking every page of 10,000 records yields each record once, with and without concurrent inserts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({
    seed: { scale: { providers: 3, patients: 10_000, appointments: 10_000 } },
    // Pages are fetched back to back, faster than the default per-key request budget allows.
    settings: { rateLimit: { limit: 100_000, windowMs: 1_000 } },
  });
});
afterAll(() => sandbox.close());

const patientsPage = 'query($after: String) { users(first: 100, after: $after) { nodes { id } page_info { has_next_page end_cursor } total_count } }';
const appointmentsPage = `query($after: String) { appointments(is_org: true, filter: "all", with_all_statuses: true, first: 100, after: $after) {
  nodes { id } page_info { has_next_page end_cursor } total_count } }`;

async function walk(query: string, field: 'users' | 'appointments', betweenPages: (page: number) => Promise<void> = async () => {}) {
  const seen: string[] = [];
  let after: string | null = null;
  let firstTotal: number | null = null;
  for (let page = 0; ; page++) {
    const response: { data?: Record<string, any> } = await graphql(sandbox, query, { after });
    const connection = response.data?.[field];
    firstTotal ??= connection.total_count as number;
    seen.push(...connection.nodes.map((node: { id: string }) => node.id));
    if (!connection.page_info.has_next_page) return { seen, firstTotal };
    after = connection.page_info.end_cursor;
    await betweenPages(page);
  }
}

function expectEachOnce(seen: string[], expected: Iterable<string>) {
  expect(new Set(seen).size).toBe(seen.length);
  const seenSet = new Set(seen);
  for (const id of expected) expect(seenSet.has(id)).toBe(true);
}

describe('cursor paging over 10,000 records', () => {
  it('walks every patient once', async () => {
    const { seen, firstTotal } = await walk(patientsPage, 'users');
    expect(firstTotal).toBe(10_000);
    expect(seen).toHaveLength(10_000);
    expect(new Set(seen).size).toBe(10_000);
  });

  it('walks every patient once while others are being added', async () => {
    const before = (await walk(patientsPage, 'users')).seen;
    const names = ['Aaron', 'Mmm', 'Zzz'];
    const { seen } = await walk(patientsPage, 'users', async (page) => {
      for (const lastName of names) {
        const created = await control(sandbox, 'POST', '/_sandbox/patients', { first_name: `Page${page}`, last_name: lastName, email: `p${page}.${lastName}@example.com` });
        expect(created.status).toBe(201);
      }
    });
    expectEachOnce(seen, before);
  });

  it('walks every appointment once, with and without concurrent inserts', async () => {
    const plain = await walk(appointmentsPage, 'appointments');
    expect(plain.seen).toHaveLength(10_000);
    expect(new Set(plain.seen).size).toBe(10_000);
    const typeId = (await graphql(sandbox, '{ appointmentTypes(first: 1, show_group: false) { nodes { id } } }')).data?.appointmentTypes.nodes[0].id;
    const patientId = (await graphql(sandbox, '{ users(first: 1) { nodes { id } } }')).data?.users.nodes[0].id;
    const { seen } = await walk(appointmentsPage, 'appointments', async (page) => {
      for (const offsetDays of [-400, 0, 400]) {
        const datetime = new Date(Date.now() + offsetDays * 86_400_000 + page * 60_000).toISOString();
        const created = await control(sandbox, 'POST', '/_sandbox/appointments', { user_id: patientId, appointment_type_id: typeId, contact_type: 'Phone Call', datetime });
        expect(created.status).toBe(201);
      }
    });
    expectEachOnce(seen, plain.seen);
  });
});
