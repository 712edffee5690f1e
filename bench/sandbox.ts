// The Healthie sandbox's performance figures: the 100,000 + 100,000 scale seed, the RSS of the seeded
// sandbox, and the median latency of a page of 100 appointments over HTTP.
import { startSandbox } from '../sandbox/server.ts';

const scale = { providers: 50, patients: 100_000, appointments: 100_000 };
const pageQuery = `query AppointmentsPage($provider_id: ID, $is_org: Boolean, $after: String) {
  appointments(provider_id: $provider_id, is_org: $is_org, filter: "all", with_all_statuses: true, first: 100, after: $after) {
    nodes { id date start end pm_status length contact_type provider { id } user { id first_name last_name } appointment_type { id name } }
    page_info { has_next_page end_cursor }
    total_count
  }
}`;
const samples = 200;

export async function run(): Promise<void> {
  const startedAt = performance.now();
  const sandbox = await startSandbox({ seed: { scale }, settings: { rateLimit: { limit: 1_000_000, windowMs: 1_000 } } });
  const seedMs = performance.now() - startedAt;
  global.gc?.();
  const rssMb = process.memoryUsage().rss / 1_048_576;
  try {
    const [admin] = sandbox.apiKeys;
    if (!admin) throw new Error('the scale seed has no API key');
    const headers = {
      'content-type': 'application/json',
      authorization: `Basic ${admin.key}`,
      authorizationsource: 'API',
      'healthie-graphql-api-version': '2026-01-01',
    };
    const pageLatency = async (variables: Record<string, unknown>) => {
      const timings: number[] = [];
      let after: string | null = null;
      for (let sample = 0; sample < samples; sample++) {
        const requestStart = performance.now();
        const response = await fetch(sandbox.url, { method: 'POST', headers, body: JSON.stringify({ query: pageQuery, variables: { ...variables, after } }) });
        const body = (await response.json()) as { data?: { appointments?: { nodes: unknown[]; page_info: { has_next_page: boolean; end_cursor: string } } } };
        timings.push(performance.now() - requestStart);
        const page = body.data?.appointments;
        if (page?.nodes.length !== 100) throw new Error(`expected a page of 100 appointments, got ${JSON.stringify(body).slice(0, 200)}`);
        after = page.page_info.has_next_page ? page.page_info.end_cursor : null;
      }
      timings.sort((a, b) => a - b);
      return timings[Math.floor(timings.length / 2)] ?? Number.NaN;
    };
    const oneProvider = await pageLatency({ provider_id: admin.userId });
    const wholeOrganization = await pageLatency({ is_org: true });

    console.log('Healthie sandbox');
    console.log(`  scale seed (${scale.providers} providers, ${scale.patients} patients, ${scale.appointments} appointments) + start: ${(seedMs / 1000).toFixed(2)} s (target < 10 s)`);
    console.log(`  RSS of the seeded sandbox process: ${rssMb.toFixed(0)} MB`);
    console.log(`  page of 100 appointments, one provider (${scale.appointments / scale.providers} appointments): median ${oneProvider.toFixed(2)} ms over ${samples} requests (target < 20 ms)`);
    console.log(`  page of 100 appointments, whole organization (${scale.appointments} appointments): median ${wholeOrganization.toFixed(2)} ms over ${samples} requests`);
  } finally {
    await sandbox.close();
  }
}
