// Push to Healthie as a coordinator waits for it: the product in its own process, the sandbox in
// another, and this process books through the product's API and reads the sandbox until the
// appointment exists there. Beside it, the floor: the same booking sent straight to the sandbox by
// this process, timed the same way. 100 bookings each, one at a time.
import { BenchClient, percentile, until } from './support/bench-client.ts';
import { fmt, startSandboxProcess } from './support/bench-tools.ts';
import { onEachEngine } from './support/engines.ts';
import { startProductProcess } from './support/product-process.ts';

const BOOKINGS = 100;
const SLOT_MS = 30 * 60_000;

class Bench extends BenchClient {
  workspace = '';
  calendar = '';
  provider = '';
  type = '';
  patient = '';
  member = '';
  eventType = '';

  async setUp(): Promise<void> {
    this.provider = (await this.control<{ provider: { id: string } }>('POST', '/_sandbox/providers', { first_name: 'Dana', last_name: 'Reyes', email: 'dana@clinic.example' })).provider.id;
    this.type = (await this.control<{ appointmentType: { id: string } }>('POST', '/_sandbox/appointment-types', { name: 'Follow-up Visit', length: 15, provider_ids_for_appt_type_connections: [this.provider] })).appointmentType.id;
    this.patient = (await this.control<{ patient: { id: string } }>('POST', '/_sandbox/patients', { first_name: 'Ada', last_name: 'Bench', email: 'ada@bench.example', dietitian_id: this.provider })).patient.id;
    this.workspace = (await this.api<Array<{ id: string }>>('GET', '/workspaces'))[0]!.id;
    const ws = `/workspaces/${this.workspace}`;
    await this.api('PUT', `${ws}/connections/healthie`, { apiKey: this.sandbox.apiKey, baseUrl: this.sandbox.url });
    this.calendar = (await this.api<{ id: string }>('POST', `${ws}/calendars`, { name: 'Dr. Reyes', timezone: 'UTC' })).id;
    const { run } = await this.api<{ run: { id: string } }>('PUT', `${ws}/calendars/${this.calendar}/healthie-link`, { providerId: this.provider });
    await until(() => this.api<{ status: string }>('GET', `${ws}/calendars/${this.calendar}/sync-runs/${run.id}`), (r) => r.status === 'succeeded', 120_000, 100);
    await this.api('PATCH', `${ws}/calendars/${this.calendar}/healthie-link`, { pushChanges: true });
    this.member = (await this.api<{ id: string }>('POST', `${ws}/members`, { firstName: 'Ada', lastName: 'Bench' })).id;
    await this.api('POST', `${ws}/healthie/member-links`, [{ memberId: this.member, patientId: this.patient }]);
    const types = await this.api<Array<{ id: string; external: { id: string } | null }>>('GET', `${ws}/calendars/${this.calendar}/event-types`);
    this.eventType = types.find((t) => t.external?.id === this.type)!.id;
  }

  async appointmentCount(): Promise<number> {
    const data = await this.healthie<{ appointments: { total_count: number } }>(
      'query($p: ID) { appointments(provider_id: $p, filter: "all", with_all_statuses: true, first: 1) { total_count } }',
      { p: this.provider },
    );
    return data.appointments.total_count;
  }

  /** Books, then reads the sandbox until it holds one more appointment; ms. */
  async timed(book: () => Promise<unknown>): Promise<number> {
    const before = await this.appointmentCount();
    const started = performance.now();
    await book();
    await until(() => this.appointmentCount(), (n) => n > before, 30_000, 2);
    return performance.now() - started;
  }

  bookHere(startsAt: number) {
    return this.api('POST', `/workspaces/${this.workspace}/calendars/${this.calendar}/events`, { memberId: this.member, eventTypeId: this.eventType, startsAt: new Date(startsAt).toISOString(), contactType: 'Phone Call' });
  }

  bookThere(startsAt: number) {
    return this.healthie(
      'mutation($u: ID, $p: ID, $t: ID, $d: String) { createAppointment(input: { user_id: $u, other_party_id: $p, appointment_type_id: $t, contact_type: "Phone Call", datetime: $d, timezone: "UTC" }) { appointment { id } } }',
      { u: this.patient, p: this.provider, t: this.type, d: new Date(startsAt).toISOString() },
    );
  }
}

async function measure(engine: string, databaseUrl?: string) {
  const sandbox = await startSandboxProcess({ providers: 1, patients: 0, appointments: 0 });
  const product = await startProductProcess({ ...(databaseUrl ? { databaseUrl } : {}), env: { HEALTHIE_ALLOWED_HOSTS: sandbox.hostPort } });
  try {
    const bench = new Bench(sandbox, product);
    await bench.setUp();
    const day = (Math.floor(Date.now() / 86_400_000) + 1) * 86_400_000;
    const product1: number[] = [];
    const floor: number[] = [];
    // Alternating, so both see the same machine at the same moments.
    for (let i = 0; i < BOOKINGS; i++) {
      product1.push(await bench.timed(() => bench.bookHere(day + 2 * i * SLOT_MS)));
      floor.push(await bench.timed(() => bench.bookThere(day + (2 * i + 1) * SLOT_MS)));
    }
    const pushed = await bench.api<Array<{ push: { state: string } | null }>>(
      'GET',
      `/workspaces/${bench.workspace}/calendars/${bench.calendar}/events?from=${new Date(day).toISOString()}&to=${new Date(day + 4 * BOOKINGS * SLOT_MS).toISOString()}&limit=5000`,
    );
    console.log(`  ${engine}:`);
    console.log(`    booking here to the appointment in Healthie: p50 ${fmt(percentile(product1, 50), 0)} ms, p95 ${fmt(percentile(product1, 95), 0)} ms (${BOOKINGS} bookings, one at a time)`);
    console.log(`    bare createAppointment to the sandbox, timed the same way: p50 ${fmt(percentile(floor, 50), 0)} ms, p95 ${fmt(percentile(floor, 95), 0)} ms`);
    console.log(`    events shown as sent to Healthie: ${pushed.filter((e) => e.push?.state === 'pushed').length} of ${BOOKINGS}; sandbox appointments: ${await bench.appointmentCount()} (${2 * BOOKINGS} expected: none twice)`);
  } finally {
    await product.stop();
    sandbox.stop();
  }
}

export async function run(): Promise<void> {
  console.log('Push to Healthie (product, sandbox and this measuring process each their own)');
  await onEachEngine(measure);
}
