import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { healthieWebhookDeliveries, healthieWebhooks } from '../../db/schema.ts';
import { readSecret } from '../../platform/secret-store.ts';
import type { IntegrationContext } from '../context.ts';
import { verifyDelivery, type SignatureRefusal } from './delivery-signature.ts';
import { webhookByHookId, type StoredWebhook } from './webhook-store.ts';

export const WEBHOOK_PROCESS_JOB = 'healthie.webhook.process';

export interface ReceivedDelivery {
  hookId: string;
  method: string;
  /** The query string as sent, without "?". */
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface Answer {
  status: number;
  body: { received: true; deliveryId: number } | { error: { code: string; message: string } };
}

type Refusal = SignatureRefusal | 'webhook_malformed' | 'webhook_duplicate';

const messages: Record<Refusal, string> = {
  webhook_unsigned: 'The delivery is not signed (Content-Digest, Signature-Input and Signature are required)',
  webhook_digest_mismatch: 'The body does not match its Content-Digest',
  webhook_stale: 'The delivery was signed outside the replay window',
  webhook_bad_signature: 'The signature does not match',
  webhook_malformed: 'The body is not a Healthie webhook payload',
  webhook_duplicate: 'This delivery was received before',
};
const statusOf: Record<Refusal, number> = {
  webhook_unsigned: 401,
  webhook_digest_mismatch: 400,
  webhook_stale: 401,
  webhook_bad_signature: 401,
  webhook_malformed: 400,
  webhook_duplicate: 409,
};

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

interface Payload {
  resourceId: string;
  resourceType: string;
  eventType: string;
}

function readPayload(body: Buffer): Payload | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const resourceId = typeof parsed.resource_id === 'number' ? String(parsed.resource_id) : parsed.resource_id;
    const { resource_id_type: resourceType, event_type: eventType } = parsed;
    const text = (v: unknown): v is string => typeof v === 'string' && /^[\w.-]{1,100}$/.test(v);
    return text(resourceId) && text(resourceType) && text(eventType) ? { resourceId, resourceType, eventType } : null;
  } catch {
    return null;
  }
}

/**
 * A delivery from Healthie: verified against the webhook's secret, recorded (without PHI: ids and
 * event names only) and queued as a job before it is answered, so a 2xx means it is durably ours and
 * Healthie's retries cover any moment we were down. Refused: unsigned, mis-signed, tampered, stale,
 * malformed, and duplicates: the same event while its first delivery still waits to be processed.
 * Once that one is worked, the same event again is a new change (Healthie's signature has no time
 * or nonce, so a second move of one appointment is signed as the first was) and is worked again.
 */
export async function receiveDelivery(ctx: IntegrationContext, delivery: ReceivedDelivery): Promise<Answer> {
  const { db } = ctx.database;
  const webhook = await webhookByHookId(db, delivery.hookId);
  if (!webhook?.secretId || !webhook.url) {
    ctx.logger.warn({ hook: delivery.hookId.slice(0, 6) }, 'webhook delivery for an unknown hook refused');
    return { status: 404, body: { error: { code: 'webhook_unknown', message: 'No such webhook' } } };
  }
  const secret = await readSecret(db, ctx.keyring, webhook.secretId);
  const signatureRefusal = verifyDelivery(
    { method: delivery.method, signedPath: new URL(webhook.url).pathname, query: delivery.query, headers: delivery.headers, body: delivery.body },
    secret,
    new Date(),
    ctx.webhooks.replayWindowMs,
  );
  if (signatureRefusal) return refuse(ctx, webhook, signatureRefusal);
  const payload = readPayload(delivery.body);
  if (!payload) return refuse(ctx, webhook, 'webhook_malformed');

  const bodyDigest = sha256(delivery.body);
  const signature = delivery.headers.signature;
  const accepted = (
    await db
      .insert(healthieWebhookDeliveries)
      .values({ workspaceId: webhook.workspaceId, webhookId: webhook.id, ...payload, verdict: 'accepted', signatureDigest: sha256(String(signature)), bodyDigest, outcome: 'pending' })
      .returning({ id: healthieWebhookDeliveries.id })
  )[0]!;
  const [waiting] = await db
    .select({ id: healthieWebhookDeliveries.id })
    .from(healthieWebhookDeliveries)
    .where(and(eq(healthieWebhookDeliveries.webhookId, webhook.id), eq(healthieWebhookDeliveries.bodyDigest, bodyDigest), eq(healthieWebhookDeliveries.outcome, 'pending')))
    .orderBy(healthieWebhookDeliveries.id)
    .limit(1);
  if (waiting && waiting.id !== accepted.id) {
    await db.update(healthieWebhookDeliveries).set({ verdict: 'duplicate', reason: 'same_event_pending', outcome: null }).where(eq(healthieWebhookDeliveries.id, accepted.id));
    // The first may have been recorded by a process that died before queueing it, and this is Healthie
    // retrying it: its job again (a job already queued finds it worked and does nothing).
    await ctx.jobs.send(WEBHOOK_PROCESS_JOB, { deliveryId: waiting.id }).catch(() => null);
    return { status: statusOf.webhook_duplicate, body: { error: { code: 'webhook_duplicate', message: messages.webhook_duplicate } } };
  }
  let queued: string | null = null;
  try {
    queued = await ctx.jobs.send(WEBHOOK_PROCESS_JOB, { deliveryId: accepted.id });
  } catch (error) {
    ctx.logger.error({ err: { type: (error as Error).name } }, 'webhook delivery could not be queued');
  }
  if (!queued) {
    // Not ours yet: Healthie retries it.
    await db.delete(healthieWebhookDeliveries).where(eq(healthieWebhookDeliveries.id, accepted.id));
    return { status: 503, body: { error: { code: 'webhook_not_queued', message: 'The delivery could not be queued; send it again' } } };
  }
  await db.update(healthieWebhooks).set({ lastDeliveryAt: new Date() }).where(eq(healthieWebhooks.id, webhook.id));
  ctx.jobs.nudge?.(WEBHOOK_PROCESS_JOB);
  return { status: 202, body: { received: true, deliveryId: accepted.id } };
}

async function refuse(ctx: IntegrationContext, webhook: StoredWebhook, refusal: Exclude<Refusal, 'webhook_duplicate'>): Promise<Answer> {
  await ctx.database.db.insert(healthieWebhookDeliveries).values({ workspaceId: webhook.workspaceId, webhookId: webhook.id, verdict: 'refused', reason: refusal });
  ctx.logger.warn({ workspaceId: webhook.workspaceId, reason: refusal }, 'webhook delivery refused');
  return { status: statusOf[refusal], body: { error: { code: refusal, message: messages[refusal] } } };
}
