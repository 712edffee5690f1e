// Link & Sync, Sync Now and Find Matching Records as a coordinator waits for them: from the HTTP call to the
// run's end, the product started as an operator starts it (its own process, fresh for each run),
// Healthie in its own process (the sandbox's scale seed). Beside each, the floor: a bare loop in this
// process that only pages the same data from the same sandbox at the same page sizes; beside Link &
// Sync also paging and writing alone (the product's client and first-sync write, nothing else),
// beside Find Matching Records paging and matching alone (the product's client, matcher and answer). Each figure is
// the median of 3 runs, product, bare loop and the case's work alone in turn (Sync
// Now: the same calendar again, right after its Link & Sync, against the same bare loop); RSS is the product process's, from the OS.
// Under each, the CPU the OS counted for the product, the sandbox and the rest of the machine
// (PostgreSQL's server among it), and the least wall time that CPU allows on this machine's cores:
// a case close to it can only go faster by doing less work, one far from it waits on something.
// BENCH_PROFILE=1 profiles each case's first product run (--cpu-prof) and prints its top five costs
// between the call and the end (BENCH_PROFILE=functions adds the top functions); BENCH_CASES (link-small, link-large, matching-small, matching-large)
// and BENCH_ENGINES (pglite, postgres) narrow the run.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppointmentsDocument, PatientsDocument } from '../src/healthie/generated/graphql.ts';
import type { HealthiePatient } from '../src/healthie/client.ts';
import { estimatedPageSizes } from '../src/healthie/page-sizes.ts';
import { readAhead } from '../src/healthie/paging.ts';
import { futureWindow } from '../src/integration/calendar-sync/sync-window.ts';
import { proposals } from '../src/integration/matching/find-matches.ts';
import { MemberMatcher } from '../src/integration/matching/member-matcher.ts';
import type { MemberToMatch } from '../src/integration/matching/members-to-match.ts';
import { emailKey } from '../src/workspace/members.ts';
import { DEFAULT_PHONE_REGION, normalizePhone } from '../src/workspace/phone.ts';
import { barePages, busiestProvider } from './support/bare-paging.ts';
import { BenchClient, until, type AnswerTimings } from './support/bench-client.ts';
import { profileClockUs, topCosts } from './support/cpu-profile.ts';
import { countCpu, type CpuUse } from './support/cpu-time.ts';
import { fmt, startSandboxProcess, type SandboxProcess } from './support/bench-tools.ts';
import { memberContactFor } from './support/bench-members.ts';
import { emptyPostgres, onEachEngine } from './support/engines.ts';
import { PageWriter } from './support/page-writer.ts';
import { pageAndWrite, sandboxClient } from './support/paging-and-writing.ts';
import { startProductProcess } from './support/product-process.ts';

const RUNS = 3;
const profiling = Boolean(process.env.BENCH_PROFILE);
const profileDirFor = (run: number) => (profiling && run === 0 ? mkdtempSync(join(tmpdir(), 'hc-bench-profile-')) : undefined);

interface Patient {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone_number: string | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(processes: Record<string, number>, work: () => Promise<T>): Promise<{ ms: number; result: T; window: { fromUs: number; toUs: number }; cpu: CpuUse | null }> {
  const cpu = countCpu(processes);
  const started = performance.now();
  const fromUs = profileClockUs();
  try {
    const result = await work();
    return { ms: performance.now() - started, result, window: { fromUs, toUs: profileClockUs() }, cpu: cpu?.until() ?? null };
  } finally {
    cpu?.end();
  }
}

/** Each figure of several runs' CPU use, its median. */
function medianCpu(uses: Array<CpuUse | null>): CpuUse | null {
  const all = uses.filter((use): use is CpuUse => use !== null);
  if (all.length === 0) return null;
  const names = Object.keys(all[0]!.byProcess);
  return {
    byProcess: Object.fromEntries(names.map((name) => [name, { all: median(all.map((u) => u.byProcess[name]!.all)), main: median(all.map((u) => u.byProcess[name]!.main)) }])),
    rest: median(all.map((u) => u.rest)),
    bound: median(all.map((u) => u.bound)),
    cores: all[0]!.cores,
  };
}

/** CPU use in words: each process's (the product's main thread apart), and the least wall time it allows. */
function cpuLine(label: string, use: CpuUse | null, wallMs: number): string {
  if (!use) return `      ${label}: no /proc here`;
  const s = (ms: number) => `${fmt(ms / 1000, 2)} s`;
  const processes = Object.entries(use.byProcess).map(([name, cpu]) => `${name} ${s(cpu.all)} (main thread ${s(cpu.main)})`);
  return `      ${label}: ${[...processes, `rest of the machine ${s(use.rest)}`].join(', ')}; at least ${s(use.bound)} on ${use.cores} cores, the wall time ${fmt(wallMs / use.bound, 2)}x that`;
}

/** Where a profiled run's time went, printed under its case. */
function printProfile(dir: string, window: { fromUs: number; toUs: number }) {
  const list = (costs: ReturnType<typeof topCosts>) => costs.map((c) => `${c.cost} ${fmt(c.ms, 0)} ms (${fmt(c.share * 100, 0)} %)`).join('; ');
  console.log(`      profile of the first run (${dir}): ${list(topCosts(dir, window.fromUs, window.toUs))}`);
  if (process.env.BENCH_PROFILE === 'functions') console.log(`      its top functions: ${list(topCosts(dir, window.fromUs, window.toUs, 12, 'function'))}`);
}

class Product extends BenchClient {
  workspace = '';

  async connect() {
    this.workspace = (await this.api<Array<{ id: string }>>('GET', '/workspaces'))[0]!.id;
    await this.api('PUT', `/workspaces/${this.workspace}/connections/healthie`, { apiKey: this.sandbox.apiKey, baseUrl: this.sandbox.url });
  }

  /**
   * Link & Sync through the API, until its initial run ends: ms from the call to the run's recorded
   * end (the same machine's clock), read by polling gently so the polls do not load the product.
   */
  async linkAndSync(providerId: string) {
    const calendar = (await this.api<{ id: string }>('POST', `/workspaces/${this.workspace}/calendars`, { name: 'Bench', timezone: 'UTC' })).id;
    return { calendar, ...(await this.untilRunEnds(calendar, 'PUT', 'healthie-link', { providerId })) };
  }

  /** Sync Now of a linked calendar: every future appointment read again, nearly all unchanged. */
  syncNow(calendar: string) {
    return this.untilRunEnds(calendar, 'POST', 'sync');
  }

  /**
   * Calls the route that queues a run and waits until it ends: ms from the call to the run's
   * recorded end (the same machine's clock), read by polling gently so the polls do not load the product.
   */
  private async untilRunEnds(calendar: string, method: 'PUT' | 'POST', route: string, body?: object) {
    const path = `/workspaces/${this.workspace}/calendars/${calendar}`;
    const cpu = countCpu({ product: this.product.pid, sandbox: this.sandbox.pid });
    try {
      const called = Date.now();
      const calledUs = profileClockUs();
      const { run } = await this.api<{ run: { id: string } }>(method, `${path}/${route}`, body);
      const done = await until(
        () => this.api<{ status: string; finishedAt: string | null; requests: number; counts: { created: number; unchanged: number } }>('GET', `${path}/sync-runs/${run.id}`),
        (r) => r.status === 'succeeded' || r.status === 'failed',
        600_000,
        200,
      );
      if (done.status !== 'succeeded') throw new Error(`the sync ${done.status}`);
      const ms = Date.parse(done.finishedAt!) - called;
      return { ms, result: done, window: { fromUs: calledUs, toUs: calledUs + ms * 1000 }, cpu: cpu?.until(Date.parse(done.finishedAt!)) ?? null };
    } finally {
      cpu?.end();
    }
  }

  async importMembers(rows: object[]) {
    for (let start = 0; start < rows.length; start += 10_000) await this.api('POST', `/workspaces/${this.workspace}/members/import`, rows.slice(start, start + 10_000));
  }

  findMatches() {
    return timed({ product: this.product.pid, sandbox: this.sandbox.pid }, () => this.apiAnswer<{ matches: unknown[]; requests: number }>('POST', `/workspaces/${this.workspace}/healthie/member-matches`));
  }
}

async function withProduct<T>(sandbox: SandboxProcess, databaseUrl: string | undefined, work: (product: Product) => Promise<T>, profileDir?: string) {
  if (databaseUrl) await emptyPostgres(databaseUrl);
  const process = await startProductProcess({
    ...(databaseUrl ? { databaseUrl } : {}),
    env: { HEALTHIE_ALLOWED_HOSTS: sandbox.hostPort },
    ...(profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
  });
  try {
    const product = new Product(sandbox, process);
    await product.connect();
    return { result: await work(product), rss: process.rssMb() };
  } finally {
    await process.stop();
  }
}

/**
 * Link & Sync's first pass with nothing around it, in this process on the case's engine: the
 * product's client pages the provider's appointments as a full pass does, and each page is written
 * as a first sync writes it (the appointment types imported before the clock starts). No queue, no
 * run record, no progress, no HTTP: what the pass cannot go below with this engine and this schema.
 * It runs warm (this process has paged before) and beside the CPU sampler, the product cold in a
 * process of its own.
 */
async function firstPassAlone(sandbox: SandboxProcess, databaseUrl: string | undefined, providerId: string, window: { start: Date; end: Date }) {
  const client = sandboxClient(sandbox);
  const writer = await PageWriter.open({ ...(databaseUrl ? { databaseUrl } : {}), appointmentTypes: await client.appointmentTypes(providerId) });
  try {
    return await timed({ 'paging and writing': process.pid, sandbox: sandbox.pid }, () => pageAndWrite(client, { providerId, window }, writer.refs, (events) => writer.write(events)));
  } finally {
    await writer.close();
  }
}

/**
 * Find Matching Records with nothing around it, in this process: the members as the database hands
 * them to matching (built here from the imported rows with the product's keys, before the clock
 * starts), the product's client paging every patient as a scan does (the next page asked for before
 * this one is matched), each page given to the product's matcher, then the answer built as the
 * route builds it, serialized and parsed back as the caller does. No database, no schema check, no
 * HTTP, no progress, no link check: what matching cannot go below with this answer.
 */
async function matchingAlone(sandbox: SandboxProcess, rows: Array<{ firstName: string; lastName: string; email?: string; phone?: string }>) {
  const members: MemberToMatch[] = rows.map((row) => ({
    id: randomUUID(),
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email ?? null,
    emailKey: row.email ? emailKey(row.email) : null,
    phone: row.phone ? normalizePhone(row.phone, DEFAULT_PHONE_REGION) : null,
    phoneDisplay: row.phone ?? null,
    externalId: null,
  }));
  const client = sandboxClient(sandbox);
  return timed({ 'paging and matching': process.pid, sandbox: sandbox.pid }, async () => {
    const matcher = new MemberMatcher<MemberToMatch, HealthiePatient>(members, { phoneRegion: DEFAULT_PHONE_REGION, linked: new Map(), rejected: new Map() });
    for await (const page of readAhead(client.patientPages({ orderBy: 'LAST_NAME_ASC' }))) matcher.add(page);
    const answer = JSON.parse(JSON.stringify(proposals(matcher.outcome(), DEFAULT_PHONE_REGION))) as { matches: unknown[] };
    return answer.matches.length;
  });
}

type Profiled = { dir: string; window: { fromUs: number; toUs: number } };

async function linkAndSyncCase(engine: string, databaseUrl: string | undefined, appointments: number) {
  const sandbox = await startSandboxProcess({ providers: 1, patients: 2_000, appointments });
  try {
    const window = futureWindow('UTC', new Date());
    const providerId = await busiestProvider(sandbox, window);
    const product: number[] = [];
    const again: number[] = [];
    const bare: number[] = [];
    const alone: number[] = [];
    const cpu = { product: [] as Array<CpuUse | null>, again: [] as Array<CpuUse | null>, bare: [] as Array<CpuUse | null>, alone: [] as Array<CpuUse | null> };
    let requests = 0;
    let againRequests = 0;
    let unchanged = 0;
    let floor = 0;
    let future = 0;
    let peakRss = 0;
    let profile: Profiled | null = null;
    let againProfile: Profiled | null = null;
    for (let i = 0; i < RUNS; i++) {
      // A fresh product (and database) for each run, so none starts warm.
      const profileDir = profileDirFor(i);
      const { result, rss } = await withProduct(
        sandbox,
        databaseUrl,
        async (p) => {
          const linked = await p.linkAndSync(providerId);
          return { linked, again: await p.syncNow(linked.calendar) };
        },
        profileDir,
      );
      if (profileDir) [profile, againProfile] = [{ dir: profileDir, window: result.linked.window }, { dir: profileDir, window: result.again.window }];
      product.push(result.linked.ms);
      again.push(result.again.ms);
      cpu.product.push(result.linked.cpu);
      cpu.again.push(result.again.cpu);
      requests = result.linked.result.requests;
      future = result.linked.result.counts.created;
      againRequests = result.again.result.requests;
      unchanged = result.again.result.counts.unchanged;
      peakRss = Math.max(peakRss, rss?.peak ?? 0);
      const loop = await timed({ 'bare loop': process.pid, sandbox: sandbox.pid }, () =>
        barePages(sandbox, AppointmentsDocument, 'appointments', { providerId, filter: 'all', startDate: window.start.toISOString(), endDate: window.end.toISOString(), orderBy: 'DATE_ASC' }, estimatedPageSizes.appointments),
      );
      bare.push(loop.ms);
      cpu.bare.push(loop.cpu);
      floor = loop.result.requests;
      const written = await firstPassAlone(sandbox, databaseUrl, providerId, window);
      // Both read the window of the day they ran in; a case that crosses midnight (UTC) may differ by a day's appointments.
      if (written.result !== future) console.log(`      (paging and writing alone wrote ${written.result.toLocaleString('en-US')} events, Link & Sync ${future.toLocaleString('en-US')})`);
      alone.push(written.ms);
      cpu.alone.push(written.cpu);
    }
    const ratio = median(product) / median(bare);
    console.log(
      `  ${engine}  Link & Sync, ${future.toLocaleString('en-US')} future appointments: ${fmt(median(product) / 1000, 2)} s; bare paging ${fmt(median(bare) / 1000, 2)} s; ${fmt(ratio, 2)}x; Healthie requests ${requests} (bare loop ${floor}); peak RSS ${fmt(peakRss, 0)} MB`,
    );
    console.log(cpuLine('its CPU', medianCpu(cpu.product), median(product)));
    console.log(cpuLine('the bare loop\'s CPU', medianCpu(cpu.bare), median(bare)));
    if (profile) printProfile(profile.dir, profile.window);
    console.log(`      paging and writing alone (the product's client and first-sync write, nothing else, in this process): ${fmt(median(alone) / 1000, 2)} s; ${fmt(median(alone) / median(bare), 2)}x bare paging`);
    console.log(cpuLine('its CPU', medianCpu(cpu.alone), median(alone)));
    console.log(
      `  ${engine}  Sync Now, the same calendar (${unchanged.toLocaleString('en-US')} unchanged): ${fmt(median(again) / 1000, 2)} s; ${fmt(median(again) / median(bare), 2)}x bare paging; Healthie requests ${againRequests}`,
    );
    console.log(cpuLine('its CPU', medianCpu(cpu.again), median(again)));
    if (againProfile) printProfile(againProfile.dir, againProfile.window);
  } finally {
    sandbox.stop();
  }
}

async function matchingCase(engine: string, databaseUrl: string | undefined, people: number) {
  const sandbox = await startSandboxProcess({ providers: 1, patients: people, appointments: 0 });
  try {
    // Members made from the patients (some by email, some by phone, half strangers), imported as a clinic would.
    const patients: Array<{ firstName: string; lastName: string; email: string | null; phone: string | null }> = [];
    await barePages<Patient>(sandbox, PatientsDocument, 'users', { orderBy: 'LAST_NAME_ASC' }, estimatedPageSizes.patients, (p) =>
      patients.push({ firstName: p.first_name ?? '', lastName: p.last_name ?? '', email: p.email, phone: p.phone_number }),
    );
    const rows = patients.map((patient, n) => {
      const { phoneDisplay, phone, ...contact }: { phone?: string; phoneDisplay?: string; firstName: string; lastName: string; email?: string } = memberContactFor(patient, n);
      return { ...contact, ...(phone ? { phone: phoneDisplay ?? phone } : {}) };
    });
    const product: number[] = [];
    const bare: number[] = [];
    const cpu = { product: [] as Array<CpuUse | null>, bare: [] as Array<CpuUse | null> };
    let requests = 0;
    let floor = 0;
    let matched = 0;
    const answers: AnswerTimings[] = [];
    const alone: number[] = [];
    const aloneCpu: Array<CpuUse | null> = [];
    let profile: { dir: string; window: { fromUs: number; toUs: number } } | null = null;
    for (let i = 0; i < RUNS; i++) {
      const profileDir = profileDirFor(i);
      const { result } = await withProduct(
        sandbox,
        databaseUrl,
        async (p) => {
          await p.importMembers(rows);
          return p.findMatches();
        },
        profileDir,
      );
      if (profileDir) profile = { dir: profileDir, window: result.window };
      product.push(result.ms);
      cpu.product.push(result.cpu);
      const { body, ...answer } = result.result;
      requests = body.requests;
      matched = body.matches.length;
      answers.push(answer);
      const loop = await timed({ 'bare loop': process.pid, sandbox: sandbox.pid }, () => barePages(sandbox, PatientsDocument, 'users', { orderBy: 'LAST_NAME_ASC' }, estimatedPageSizes.patients));
      bare.push(loop.ms);
      cpu.bare.push(loop.cpu);
      floor = loop.result.requests;
      const matchedAlone = await matchingAlone(sandbox, rows);
      if (matchedAlone.result !== matched) console.log(`      (paging and matching alone matched ${matchedAlone.result.toLocaleString('en-US')}, the product ${matched.toLocaleString('en-US')})`);
      alone.push(matchedAlone.ms);
      aloneCpu.push(matchedAlone.cpu);
    }
    console.log(
      `  ${engine}  Find Matching Records, ${people.toLocaleString('en-US')} members x ${people.toLocaleString('en-US')} patients: ${fmt(median(product) / 1000, 2)} s; bare paging ${fmt(median(bare) / 1000, 2)} s; ${fmt(median(product) / median(bare), 2)}x; ${matched.toLocaleString('en-US')} matched; Healthie requests ${requests} (bare loop ${floor})`,
    );
    console.log(cpuLine('its CPU', medianCpu(cpu.product), median(product)));
    console.log(cpuLine('the bare loop\'s CPU', medianCpu(cpu.bare), median(bare)));
    // The answer can only be built after the last page; what it costs past its first byte is part of the wait no paging can hide.
    const answer = (figure: keyof AnswerTimings) => median(answers.map((a) => a[figure]));
    const ofBare = (ms: number) => `${fmt(ms / 1000, 2)} s (${fmt(ms / median(bare), 2)}x bare paging)`;
    console.log(
      `      its answer: ${fmt(answer('bytes') / 1e6, 1)} MB; first byte ${fmt(answer('firstByteMs') / 1000, 2)} s after the call; the rest of it ${ofBare(answer('restMs'))}; parsing it ${ofBare(answer('parseMs'))}`,
    );
    if (profile) printProfile(profile.dir, profile.window);
    console.log(`      paging and matching alone (the product's client, matcher and answer, nothing else, in this process): ${fmt(median(alone) / 1000, 2)} s; ${fmt(median(alone) / median(bare), 2)}x bare paging`);
    console.log(cpuLine('its CPU', medianCpu(aloneCpu), median(alone)));
  } finally {
    sandbox.stop();
  }
}

export async function run(): Promise<void> {
  console.log(`End to end, as a user waits (median of ${RUNS}; product, sandbox and this process each their own)`);
  const cases = (process.env.BENCH_CASES ?? 'link-small,link-large,matching-small,matching-large').split(',');
  const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
  await onEachEngine(async (engine, databaseUrl) => {
    if (!engines.includes(engine)) return;
    if (cases.includes('link-small')) await linkAndSyncCase(engine, databaseUrl, 5_000);
    if (cases.includes('link-large')) await linkAndSyncCase(engine, databaseUrl, 50_000);
    if (cases.includes('matching-small')) await matchingCase(engine, databaseUrl, 20_000);
    if (cases.includes('matching-large')) await matchingCase(engine, databaseUrl, 100_000);
  }, engines.includes('postgres'));
}
