// Real-time sync as a coordinator waits for it: the product runs as its own process (as an operator
// starts it), the sandbox in another, and this process changes appointments in Healthie and reads
// the product's API until each change shows. Beside it, a bare receiver registered as a second
// webhook of the same organization: the moment Healthie's delivery arrives is the floor. 200 single
// changes (p50/p95), then a burst of 1,000 changes at once.
import { createServer, type IncomingMessage } from 'node:http';
import { BenchClient, inBatches, percentile, until } from './support/bench-client.ts';
import { fmt, startSandboxProcess } from './support/bench-tools.ts';
import { onEachEngine } from './support/engines.ts';
import { freePort, startProductProcess } from './support/product-process.ts';

const SINGLE = 200;
const BURST = 1_000;
const SHIFT_MS = 15 * 60_000;

interface Appointment {
  id: string;
  startsAt: number;
}

/** Answers every delivery at once and notes when each appointment's first one came. */
async function startBareReceiver() {
  const arrived = new Map<string, number>();
  const port = await freePort();
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { resource_id: string };
      if (!arrived.has(body.resource_id)) arrived.set(body.resource_id, at);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/bare`, arrived, close: () => new Promise((resolve) => server.close(resolve)) };
}

class Bench extends BenchClient {
  workspace = '';
  calendar = '';

  /** A provider, patients and appointments over the next weeks; the calendar linked and synced. */
  async setUp(count: number): Promise<Appointment[]> {
    const provider = (await this.control<{ provider: { id: string } }>('POST', '/_sandbox/providers', { first_name: 'Dana', last_name: 'Reyes', email: 'dana@clinic.example' })).provider.id;
    const type = (await this.control<{ appointmentType: { id: string } }>('POST', '/_sandbox/appointment-types', { name: 'Follow-up Visit', length: 15, provider_ids_for_appt_type_connections: [provider] })).appointmentType.id;
    const patients: string[] = [];
    for (let i = 0; i < 20; i++) patients.push((await this.control<{ patient: { id: string } }>('POST', '/_sandbox/patients', { first_name: `P${i}`, last_name: 'Bench', email: `p${i}@bench.example`, dietitian_id: provider })).patient.id);
    const day = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    const appointments: Appointment[] = [];
    const slots = Array.from({ length: count }, (_, n) => day + (1 + Math.floor(n / 40)) * 86_400_000 + (n % 40) * 20 * 60_000);
    await inBatches(slots, 25, async (startsAt) => {
      const created = await this.control<{ appointment: { id: string } }>('POST', '/_sandbox/appointments', { user_id: patients[appointments.length % patients.length], other_party_id: provider, appointment_type_id: type, contact_type: 'Phone Call', datetime: new Date(startsAt).toISOString() });
      appointments.push({ id: created.appointment.id, startsAt });
    });
    this.workspace = (await this.api<Array<{ id: string }>>('GET', '/workspaces'))[0]!.id;
    await this.api('PUT', `/workspaces/${this.workspace}/connections/healthie`, { apiKey: this.sandbox.apiKey, baseUrl: this.sandbox.url });
    this.calendar = (await this.api<{ id: string }>('POST', `/workspaces/${this.workspace}/calendars`, { name: 'Dr. Reyes', timezone: 'UTC' })).id;
    const { run } = await this.api<{ run: { id: string } }>('PUT', `/workspaces/${this.workspace}/calendars/${this.calendar}/healthie-link`, { providerId: provider });
    await until(() => this.api<{ status: string }>('GET', `/workspaces/${this.workspace}/calendars/${this.calendar}/sync-runs/${run.id}`), (r) => r.status === 'succeeded', 120_000, 100);
    const hook = await this.api<{ status: string }>('GET', `/workspaces/${this.workspace}/healthie/webhooks`);
    if (hook.status !== 'healthy') throw new Error(`the webhook is ${hook.status}`);
    return appointments;
  }

  async registerBare(url: string) {
    await this.healthie('mutation($url: String) { createWebhook(input: { url: $url, is_enabled: true, should_retry: true, webhook_events: [{ event_type: APPOINTMENT_UPDATED }] }) { webhook { id } } }', { url });
  }

  async events(from: number, to: number) {
    return this.api<Array<{ startsAt: string; external: { id: string } }>>('GET', `/workspaces/${this.workspace}/calendars/${this.calendar}/events?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&limit=5000`);
  }

  move(appointment: Appointment) {
    return this.control('PATCH', `/_sandbox/appointments/${appointment.id}`, { datetime: new Date(appointment.startsAt + SHIFT_MS).toISOString() });
  }
}

async function measure(engine: string, databaseUrl?: string) {
  const sandbox = await startSandboxProcess({ providers: 1, patients: 0, appointments: 0 });
  const product = await startProductProcess({ ...(databaseUrl ? { databaseUrl } : {}), env: { HEALTHIE_ALLOWED_HOSTS: sandbox.hostPort } });
  const bare = await startBareReceiver();
  try {
    const bench = new Bench(sandbox, product);
    const appointments = await bench.setUp(SINGLE + BURST);
    await bench.registerBare(bare.url);
    const setUpRss = product.rssMb();

    const product1: number[] = [];
    const floor: number[] = [];
    for (const appointment of appointments.slice(0, SINGLE)) {
      const moved = appointment.startsAt + SHIFT_MS;
      const sent = performance.now();
      await bench.move(appointment);
      await until(() => bench.events(moved, moved + 1), (events) => events.some((e) => e.external.id === appointment.id), 30_000, 5);
      product1.push(performance.now() - sent);
      await until(async () => bare.arrived.get(appointment.id), Boolean, 30_000, 5);
      floor.push(bare.arrived.get(appointment.id)! - sent);
    }

    const burst = appointments.slice(SINGLE);
    const statsBefore = await bench.control<{ total: number }>('GET', '/_sandbox/stats');
    const sent = performance.now();
    await inBatches(burst, 50, (a) => bench.move(a));
    const changesSentMs = performance.now() - sent;
    const movedIds = new Map(burst.map((a) => [a.id, new Date(a.startsAt + SHIFT_MS).toISOString()]));
    const first = Math.min(...burst.map((a) => a.startsAt));
    const last = Math.max(...burst.map((a) => a.startsAt)) + 2 * SHIFT_MS;
    const visible = async () => (await bench.events(first, last)).filter((e) => movedIds.get(e.external.id) === e.startsAt).length;
    await until(async () => burst.every((a) => bare.arrived.has(a.id)), Boolean, 120_000, 20);
    const bareMs = Math.max(...burst.map((a) => bare.arrived.get(a.id)!)) - sent;
    // The backlog is cheap to watch; the calendar is read once it is empty.
    await until(() => bench.api<{ pendingDeliveries: number }>('GET', `/workspaces/${bench.workspace}/healthie/webhooks`), (s) => s.pendingDeliveries === 0, 300_000, 100);
    await until(visible, (n) => n === BURST, 300_000, 100);
    const productMs = performance.now() - sent;
    const statsAfter = await bench.control<{ total: number }>('GET', '/_sandbox/stats');

    console.log(`  ${engine}:`);
    console.log(`    one change, Healthie to the calendar: p50 ${fmt(percentile(product1, 50), 0)} ms, p95 ${fmt(percentile(product1, 95), 0)} ms (${SINGLE} changes, one at a time)`);
    console.log(`    bare receiver (the delivery's arrival): p50 ${fmt(percentile(floor, 50), 0)} ms, p95 ${fmt(percentile(floor, 95), 0)} ms`);
    console.log(`    burst of ${BURST} changes (sent in ${fmt(changesSentMs / 1000, 2)} s): all in the calendar after ${fmt(productMs / 1000, 2)} s (${fmt(BURST / (productMs / 1000), 0)}/s); bare receiver had them all after ${fmt(bareMs / 1000, 2)} s`);
    console.log(`    all ${BURST} in the calendar with their new times (none lost); Healthie requests for the burst: ${statsAfter.total - statsBefore.total} (one read per delivery processed: ${BURST} means each once)`);
    const rss = (mb: { now: number; peak: number } | null) => (mb === null ? 'n/a' : `${fmt(mb.now, 0)} MB (peak ${fmt(mb.peak, 0)} MB)`);
    console.log(`    product RSS: ${rss(setUpRss)} after the set-up (${SINGLE + BURST} appointments synced), ${rss(product.rssMb())} after the burst`);
  } finally {
    await bare.close();
    await product.stop();
    sandbox.stop();
  }
}

export async function run(): Promise<void> {
  console.log('Real-time sync (product, sandbox and this measuring process each their own)');
  await onEachEngine(measure);
}
