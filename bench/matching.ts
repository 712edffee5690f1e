// Find Matching Records for 100,000 members against 100,000 Healthie patients (sandbox scale seed in
// its own process; ~30% of members match by email in other letter case, ~20% by phone written
// another way): Healthie requests against the floor, matching time in the process without Healthie,
// wall time against a bare loop that only pages the patients, peak RSS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { members } from '../src/db/schema.ts';
import type { HealthieClient, HealthiePatient } from '../src/healthie/client.ts';
import { estimatedPageSizes as healthiePageSizes } from '../src/healthie/page-sizes.ts';
import { defaultRetryPolicy } from '../src/healthie/retry-policy.ts';
import { createHealthieClient } from '../src/integration/healthie-client-factory.ts';
import { matchMembersWithHealthie, type MemberMatches } from '../src/integration/matching/find-matches.ts';
import { matchMembers } from '../src/integration/matching/member-matcher.ts';
import { membersToMatch } from '../src/integration/matching/members-to-match.ts';
import { chunks } from '../src/platform/chunks.ts';
import { createWorkspace } from '../src/workspace/workspaces.ts';
import { emptyPostgres, optionalPostgres, type TemporaryPostgres } from './support/engines.ts';
import { fmt, startSandboxProcess, withPeakRss, type SandboxProcess } from './support/bench-tools.ts';
import { HEALTHIE_API_VERSION } from '../src/healthie/transport.ts';
import { memberContactFor } from './support/bench-members.ts';

const PATIENTS = 100_000;
const REGION = 'US';

/** A member row for the database, from memberContactFor. */
function memberFrom(patient: HealthiePatient, n: number, workspaceId: string): typeof members.$inferInsert {
  const contact = memberContactFor(patient, n);
  return { workspaceId, ...contact, ...(contact.email ? { emailKey: contact.email.toLowerCase() } : {}) };
}

async function allPatients(client: HealthieClient): Promise<HealthiePatient[]> {
  const patients: HealthiePatient[] = [];
  for await (const page of client.patientPages({ orderBy: 'LAST_NAME_ASC' })) patients.push(...page);
  return patients;
}

const RUNS = 5;

interface Timed<T> {
  result: T;
  ms: number;
  cpuMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  global.gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** What a run found, without holding its 50,000 matches. */
function summary(found: MemberMatches) {
  const byEmail = found.matches.filter((m) => m.matchType === 'email').length;
  return { strategy: found.strategy, requests: found.requests, matches: found.matches.length, byEmail, byPhone: found.matches.length - byEmail, ambiguous: found.ambiguous.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Members derived from every patient, bulk inserted; the in-process matching time on the same data. */
async function prepare(database: Database, client: HealthieClient, workspaceId: string) {
  const patients = await allPatients(client);
  const rows = patients.map((patient, n) => memberFrom(patient, n, workspaceId));
  const insertStarted = performance.now();
  for (const slice of chunks(rows, 5_000)) await database.db.insert(members).values(slice);
  const insertMs = performance.now() - insertStarted;
  const loaded = await membersToMatch(database, workspaceId);
  const rules = { phoneRegion: REGION, rejected: new Map(), linked: new Map() };
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(async () => matchMembers(loaded, patients, rules).matches.length));
  return { members: rows.length, insertMs, inProcessMs: median(runs.map((r) => r.ms)) };
}

async function measure(engine: string, database: Database, sandbox: SandboxProcess): Promise<void> {
  const settings = { apiVersion: HEALTHIE_API_VERSION, timeoutMs: 30_000, retry: defaultRetryPolicy, maxConcurrent: 4, baseUrlPolicy: { allowedHosts: [sandbox.hostPort] } };
  const workspace = await createWorkspace(database.db, { name: 'Bench', slug: `bench-${Date.now()}`, features: ['ehr_healthie'] });
  const newClient = () => createHealthieClient({ healthie: settings, database }, { workspaceId: workspace.id, destination: { endpoint: sandbox.url, stored: sandbox.url, pinned: null }, apiKey: sandbox.apiKey });
  const prepared = await prepare(database, newClient(), workspace.id);

  // Bare loop and Find Matching Records alternate, so both meet the same load on a shared machine.
  const bareRuns: Timed<{ n: number; requests: number }>[] = [];
  const fullRuns: Timed<ReturnType<typeof summary>>[] = [];
  global.gc?.();
  const baselineMb = process.memoryUsage().rss / 1_048_576;
  const peak = await withPeakRss(async () => {
    for (let i = 0; i < RUNS; i++) {
      bareRuns.push(
        await timed(async () => {
          const client = newClient();
          let n = 0;
          for await (const page of client.patientPages({ orderBy: 'LAST_NAME_ASC' })) n += page.length;
          return { n, requests: client.requests };
        }),
      );
      const full = await timed(() => matchMembersWithHealthie(database, newClient(), { workspaceId: workspace.id, phoneRegion: REGION }));
      fullRuns.push({ ...full, result: summary(full.result) });
    }
  });
  const bare = { ms: median(bareRuns.map((r) => r.ms)), cpuMs: median(bareRuns.map((r) => r.cpuMs)), ...bareRuns[0]!.result };
  const full = { ms: median(fullRuns.map((r) => r.ms)), cpuMs: median(fullRuns.map((r) => r.cpuMs)) };
  const ratio = median(fullRuns.map((r, i) => r.ms / bareRuns[i]!.ms));
  const run = fullRuns[0]!.result;
  const floor = Math.ceil(bare.n / healthiePageSizes.patients);

  console.log(`  ${engine}: ${prepared.members} members (bulk inserted in ${fmt(prepared.insertMs / 1000, 2)} s), ${bare.n} patients (page size ${healthiePageSizes.patients})`);
  console.log(`    found ${run.matches} matches (${run.byEmail} by email, ${run.byPhone} by phone), ${run.ambiguous} ambiguous; strategy ${run.strategy}`);
  console.log(`    Healthie requests: ${run.requests} (floor ${floor}: every patient in pages of ${healthiePageSizes.patients})`);
  console.log(`    matching in the process, without Healthie: ${fmt(prepared.inProcessMs)} ms (target < 1000 ms; median of ${RUNS})`);
  console.log(`    Find Matching Records: ${fmt(full.ms / 1000, 2)} s; bare paging loop: ${fmt(bare.ms / 1000, 2)} s, ${bare.requests} requests; ratio ${fmt(ratio, 2)}x (target <= 1.3x; medians of ${RUNS} alternating runs)`);
  console.log(`    CPU of this process: ${fmt(full.cpuMs, 0)} ms for Find Matching Records, ${fmt(bare.cpuMs, 0)} ms for the bare loop`);
  console.log(`    peak RSS during the runs: ${fmt(peak.peakMb, 0)} MB (${fmt(baselineMb, 0)} MB before them; target < 500 MB)`);
}

export async function run(): Promise<void> {
  console.log(`Member-patient matching (${PATIENTS} members against ${PATIENTS} patients, sandbox scale seed in its own process)`);
  const sandbox = await startSandboxProcess({ providers: 10, patients: PATIENTS, appointments: 0 });
  let postgres: TemporaryPostgres | null = null;
  try {
    postgres = await optionalPostgres();
    if (postgres) {
      await emptyPostgres(postgres.url);
      const fresh = await openDatabase({ kind: 'postgres', url: postgres.url });
      try {
        await measure('PostgreSQL', fresh, sandbox);
      } finally {
        await fresh.close();
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'hc-bench-matching-'));
    const pglite = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      await measure('PGlite (in this process: its WebAssembly heap counts in the RSS)', pglite, sandbox);
    } finally {
      await pglite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await postgres?.stop();
    sandbox.stop();
  }
}
