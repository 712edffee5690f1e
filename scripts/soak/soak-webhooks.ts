import { createHash } from 'node:crypto';
import { percentile } from '../../bench/support/bench-client.ts';
import type { RunningSandbox } from '../../sandbox/server.ts';
import type { Database } from '../../src/db/database.ts';
import type { Clinic } from './soak-practice.ts';

/** One attempt as the sandbox logged it (GET /_sandbox/webhook-deliveries). */
interface Attempt {
  delivery: number;
  attempt: number;
  at: number;
  status: number | null;
  signature: string;
}

/** The sandbox keeps its last 1,000 attempts. */
const LOG_CAPACITY = 1_000;

export interface WebhookFigures {
  /** Deliveries the sandboxes started: one change to one workspace's webhook. */
  sent: number;
  attempts: number;
  /** Attempts answered other than 2xx, or that reached nobody. */
  failedAttempts: number;
  /** Deliveries that took more than one attempt. */
  retried: number;
  /** Deliveries no attempt of which was answered 2xx. */
  undelivered: number;
  /** The product's verdicts (accepted, duplicate, refused) and the accepted ones' outcomes (applied, unchanged, ignored, failed, pending). */
  verdicts: Record<string, number>;
  outcomes: Record<string, number>;
  /** From a change (its delivery's first attempt) to the calendar holding it, over the deliveries that applied their change. */
  lag: { samples: number; p50Ms: number; p95Ms: number } | null;
  /** False when a sandbox's log overflowed: the attempt figures then cover its last 1,000. */
  complete: boolean;
}

const succeeded = (attempt: Attempt) => attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function attemptsOf(sandbox: RunningSandbox): Promise<Attempt[]> {
  const res = await fetch(`${sandbox.baseUrl}/_sandbox/webhook-deliveries`);
  if (!res.ok) throw new Error(`sandbox webhook-deliveries: ${res.status}`);
  return ((await res.json()) as { deliveries: Attempt[] }).deliveries;
}

function byDelivery(attempts: Attempt[]): Map<number, Attempt[]> {
  const deliveries = new Map<number, Attempt[]>();
  for (const attempt of attempts) deliveries.set(attempt.delivery, [...(deliveries.get(attempt.delivery) ?? []), attempt]);
  return deliveries;
}

async function pendingInProduct(database: Database): Promise<number> {
  const { rows } = await database.query<{ n: number }>("select count(*)::int as n from healthie_webhook_deliveries where outcome = 'pending'");
  return rows[0]!.n;
}

/**
 * Until every delivery the sandboxes started was answered 2xx (Healthie retries the others) and the
 * product has processed every one it accepted; false if that has not happened by the deadline.
 */
export async function untilDelivered(clinics: Clinic[], database: Database, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await Promise.all(clinics.map(async ({ sandbox }) => [...byDelivery(await attemptsOf(sandbox)).values()].some((tries) => !tries.some(succeeded))));
    if (!open.includes(true) && (await pendingInProduct(database)) === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** An attempt as its signature finds it, and when its delivery began: the change it announces. */
interface Sent {
  at: number;
  changedAt: number;
}

/** By signature: one payload is signed alike in every delivery of it, so several deliveries can share one. */
function sentBySignature(deliveries: Map<number, Attempt[]>): Map<string, Sent[]> {
  const bySignature = new Map<string, Sent[]>();
  for (const tries of deliveries.values()) {
    const changedAt = Math.min(...tries.map((a) => a.at));
    for (const { signature, at } of tries) {
      const digest = sha256(signature);
      bySignature.set(digest, [...(bySignature.get(digest) ?? []), { at, changedAt }]);
    }
  }
  return bySignature;
}

/** The change a received delivery announced: that of the last attempt sent with its signature before it arrived. */
function changedAtOf(sent: Sent[], receivedAt: Date): number | undefined {
  const before = sent.filter((attempt) => attempt.at <= receivedAt.getTime());
  return before.reduce<Sent | undefined>((last, attempt) => (!last || attempt.at > last.at ? attempt : last), undefined)?.changedAt;
}

const increment = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** The sandboxes' side of every delivery against the product's records of them. */
export async function webhookFigures(clinics: Clinic[], database: Database): Promise<WebhookFigures> {
  const figures: WebhookFigures = { sent: 0, attempts: 0, failedAttempts: 0, retried: 0, undelivered: 0, verdicts: {}, outcomes: {}, lag: null, complete: true };
  const sentIn = new Map<string, Map<string, Sent[]>>();
  for (const { workspaceId, sandbox } of clinics) {
    const attempts = await attemptsOf(sandbox);
    const deliveries = byDelivery(attempts);
    if (attempts.length >= LOG_CAPACITY) figures.complete = false;
    figures.sent += Math.max(0, ...deliveries.keys());
    figures.attempts += attempts.length;
    figures.failedAttempts += attempts.filter((a) => !succeeded(a)).length;
    figures.retried += [...deliveries.values()].filter((tries) => tries.length > 1).length;
    figures.undelivered += [...deliveries.values()].filter((tries) => !tries.some(succeeded)).length;
    sentIn.set(workspaceId, sentBySignature(deliveries));
  }
  const { rows } = await database.query<{ workspace_id: string; verdict: string; outcome: string | null; signature_digest: string | null; received_at: Date; processed_at: Date | null }>(
    'select workspace_id, verdict, outcome, signature_digest, received_at, processed_at from healthie_webhook_deliveries',
  );
  const lags: number[] = [];
  for (const row of rows) {
    increment(figures.verdicts, row.verdict);
    if (row.verdict !== 'accepted') continue;
    increment(figures.outcomes, row.outcome ?? 'none');
    if (row.outcome !== 'applied' || !row.processed_at) continue;
    const changedAt = changedAtOf(sentIn.get(row.workspace_id)?.get(row.signature_digest ?? '') ?? [], row.received_at);
    if (changedAt !== undefined) lags.push(row.processed_at.getTime() - changedAt);
  }
  if (lags.length > 0) figures.lag = { samples: lags.length, p50Ms: percentile(lags, 50), p95Ms: percentile(lags, 95) };
  return figures;
}
