import { print } from 'graphql';
import type { AppointmentsDocument, PatientsDocument } from '../../src/healthie/generated/graphql.ts';
import { HEALTHIE_API_VERSION } from '../../src/healthie/transport.ts';
import { BenchClient } from './bench-client.ts';
import type { SandboxProcess } from './bench-tools.ts';

interface Connection<T> {
  nodes: T[];
  page_info: { has_next_page: boolean; end_cursor: string | null };
  total_count?: number;
}

/** Pages a list straight from the sandbox, as the product asks for it (same document, same page size). */
export async function barePages<T>(sandbox: SandboxProcess, document: typeof AppointmentsDocument | typeof PatientsDocument, field: string, variables: Record<string, unknown>, first: number, keep?: (node: T) => void) {
  const query = print(document);
  let after: string | null = null;
  let requests = 0;
  let items = 0;
  for (;;) {
    const res: Response = await fetch(sandbox.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${sandbox.apiKey}`, authorizationsource: 'API', 'healthie-graphql-api-version': HEALTHIE_API_VERSION },
      body: JSON.stringify({ query, variables: { ...variables, first, after } }),
    });
    requests += 1;
    const page: Connection<T> = ((await res.json()) as { data: Record<string, Connection<T>> }).data[field]!;
    items += page.nodes.length;
    if (keep) for (const node of page.nodes) keep(node);
    if (!page.page_info.has_next_page) return { requests, items };
    after = page.page_info.end_cursor;
  }
}

/** The provider the sandbox's scale seed gave the appointments to: the one with the most in the window. */
export async function busiestProvider(sandbox: SandboxProcess, window: { start: Date; end: Date }): Promise<string> {
  const healthie = new BenchClient(sandbox, { url: '', token: '', pid: 0, rssMb: () => null, stop: async () => undefined });
  const { organizationMembers } = await healthie.healthie<{ organizationMembers: { nodes: Array<{ id: string }> } }>('query { organizationMembers(first: 20) { nodes { id } } }', {});
  let providerId = '';
  let most = -1;
  for (const { id } of organizationMembers.nodes) {
    const { appointments } = await healthie.healthie<{ appointments: { total_count: number } }>(
      'query($p: ID, $s: ISO8601DateTime, $e: ISO8601DateTime) { appointments(provider_id: $p, filter: "all", with_all_statuses: true, startDate: $s, endDate: $e, first: 1) { total_count } }',
      { p: id, s: window.start.toISOString(), e: window.end.toISOString() },
    );
    if (appointments.total_count > most) [providerId, most] = [id, appointments.total_count];
  }
  return providerId;
}
