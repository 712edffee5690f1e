import { and, eq } from 'drizzle-orm';
import { calendars, healthieWebhooks } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { holdTransactionLock } from '../../db/transaction-lock.ts';
import type { HealthieClient } from '../../healthie/client.ts';
import { HealthieError } from '../../healthie/errors.ts';
import { AppError } from '../../platform/errors.ts';
import { deleteSecret, storeSecret } from '../../platform/secret-store.ts';
import { randomToken } from '../../platform/secrets.ts';
import { requestSync } from '../calendar-sync/request-sync.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { eventEnumValue, subscribedEvents } from './webhook-events.ts';
import { forgetWebhook, WEBHOOK_PATH, WEBHOOK_SECRET_PURPOSE, webhookOf, type StoredWebhook } from './webhook-store.ts';
import { checkProviders } from '../calendar-sync/provider-removed.ts';

const lockWebhook = (tx: Tx, workspaceId: string) => holdTransactionLock(tx, `healthie-webhook:${workspaceId}`);
const events = subscribedEvents.map(eventEnumValue);

const NO_PUBLIC_URL = 'PUBLIC_URL is not set, so Healthie cannot reach this server: calendars follow Healthie by the scheduled sync alone.';

async function linkedCalendarIds(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx.select({ id: calendars.id }).from(calendars).where(and(eq(calendars.workspaceId, workspaceId), eq(calendars.source, HEALTHIE_SOURCE)));
  return rows.map((r) => r.id);
}

/** Saves the webhook's state under the workspace's webhook lock; a secret replaced is deleted with it. */
async function saveWebhook(tx: Tx, workspaceId: string, values: Partial<StoredWebhook> & { hookId: string; url: string }): Promise<StoredWebhook> {
  const current = await webhookOf(tx, workspaceId);
  const row = { events: subscribedEvents as unknown as string[], ...values };
  const [saved] = current
    ? await tx.update(healthieWebhooks).set(row).where(eq(healthieWebhooks.id, current.id)).returning()
    : await tx.insert(healthieWebhooks).values({ ...row, workspaceId }).returning();
  if (current?.secretId && values.secretId && current.secretId !== values.secretId) await deleteSecret(tx, current.secretId);
  return saved!;
}

/**
 * Creates the connection's Healthie webhook (once a calendar is linked): one webhook for every event
 * the product listens to, retried by Healthie on failure, its secret sealed like the API key. Without
 * PUBLIC_URL it stays off and says why. The Healthie call happens outside any transaction; a webhook
 * another process registered meanwhile wins, and ours is deleted again.
 */
export async function ensureWebhook(ctx: IntegrationContext, workspaceId: string, options: { replace?: boolean } = {}): Promise<StoredWebhook> {
  const { db } = ctx.database;
  const current = await webhookOf(db, workspaceId);
  if (current?.healthieWebhookId && current.state === 'active' && !options.replace) return current;
  const hookId = current?.hookId ?? randomToken().replace(/[^\w-]/g, '').slice(0, 32);
  const publicUrl = ctx.webhooks.publicUrl;
  if (!publicUrl) {
    return db.transaction(async (tx) => {
      await lockWebhook(tx, workspaceId);
      return saveWebhook(tx, workspaceId, { hookId, url: '', state: 'off', reasonCode: 'no_public_url', reason: NO_PUBLIC_URL });
    });
  }
  const url = `${publicUrl}${WEBHOOK_PATH}/${hookId}`;
  const { client } = await clientForWorkspace(ctx, workspaceId);
  const created = await client.createWebhook({ url, events });
  const kept = await db.transaction(async (tx) => {
    await lockWebhook(tx, workspaceId);
    const now = await webhookOf(tx, workspaceId);
    if (now?.healthieWebhookId && now.state === 'active' && now.healthieWebhookId !== current?.healthieWebhookId) return { webhook: now, ours: false };
    const secretId = await storeSecret(tx, ctx.keyring, { workspaceId, purpose: WEBHOOK_SECRET_PURPOSE, value: created.secret });
    const webhook = await saveWebhook(tx, workspaceId, { hookId, url, healthieWebhookId: created.id, secretId, state: 'active', reasonCode: null, reason: null });
    return { webhook, ours: true };
  });
  if (!kept.ours) await client.deleteWebhook(created.id);
  else if (options.replace && current?.healthieWebhookId && current.healthieWebhookId !== created.id) await client.deleteWebhook(current.healthieWebhookId);
  return kept.webhook;
}

/** Deletes the connection's webhook in Healthie and here (the last calendar was unlinked, or the connection goes). */
export async function removeWebhook(ctx: IntegrationContext, workspaceId: string, client?: HealthieClient): Promise<void> {
  const { db } = ctx.database;
  const current = await webhookOf(db, workspaceId);
  if (!current) return;
  if (current.healthieWebhookId) await (client ?? (await clientForWorkspace(ctx, workspaceId)).client).deleteWebhook(current.healthieWebhookId);
  await db.transaction(async (tx) => {
    await lockWebhook(tx, workspaceId);
    await forgetWebhook(tx, workspaceId);
  });
}

/** Deletes the webhook in Healthie before the connection (and its key) goes, best effort: Healthie disables one that keeps failing. */
export async function removeWebhookBeforeDisconnect(ctx: IntegrationContext, workspaceId: string): Promise<void> {
  try {
    await removeWebhook(ctx, workspaceId);
  } catch (error) {
    if (!(error instanceof HealthieError || error instanceof AppError)) throw error;
    ctx.logger.warn({ workspaceId, code: error.code }, 'Healthie webhook not deleted in Healthie before the disconnect');
  }
}

/**
 * Keeps the webhook as the linked calendars need it, best effort (a failure is kept on the webhook
 * for the reconcile job and the Overview; linking, unlinking and disconnecting go on regardless).
 */
export async function followLinkedCalendars(ctx: IntegrationContext, workspaceId: string): Promise<void> {
  try {
    if ((await linkedCalendarIds(ctx.database.db, workspaceId)).length > 0) await ensureWebhook(ctx, workspaceId);
    else await removeWebhook(ctx, workspaceId);
  } catch (error) {
    if (!(error instanceof HealthieError || error instanceof AppError)) throw error;
    ctx.logger.warn({ workspaceId, code: error.code }, 'Healthie webhook not brought in line; the reconcile job tries again');
    await markDegraded(ctx, workspaceId, error.code, `The webhook could not be set up in Healthie: ${error.message}`);
  }
}

async function markDegraded(ctx: IntegrationContext, workspaceId: string, reasonCode: string, reason: string): Promise<void> {
  await ctx.database.db.update(healthieWebhooks).set({ reasonCode, reason }).where(eq(healthieWebhooks.workspaceId, workspaceId));
}

export interface ReconcileResult {
  /** What was wrong and repaired: recreated, re-enabled, events restored, strays deleted. */
  repairs: string[];
  /** Calendars an incremental sync was queued for, to catch up a gap. */
  caughtUp: string[];
}

/**
 * Compares Healthie's webhooks with what the linked calendars need, and repairs the difference:
 * a missing webhook is created again, a disabled one (Healthie disables a webhook after about three
 * days of failed deliveries) enabled again, lost events restored, strays that point at us deleted.
 * After any gap, the affected calendars get an incremental sync to catch up what was missed.
 */
export async function reconcileWebhook(ctx: IntegrationContext, workspaceId: string): Promise<ReconcileResult> {
  const { db } = ctx.database;
  const calendarIds = await linkedCalendarIds(db, workspaceId);
  const result: ReconcileResult = { repairs: [], caughtUp: [] };
  const { client } = await clientForWorkspace(ctx, workspaceId);
  let current = await webhookOf(db, workspaceId);
  if (calendarIds.length === 0) {
    if (current) {
      await removeWebhook(ctx, workspaceId, client);
      result.repairs.push('removed_unneeded');
    }
    return result;
  }
  // Healthie announces no membership deletion: a provider who left is found here, webhooks or not.
  await checkProviders(ctx, workspaceId);
  const publicUrl = ctx.webhooks.publicUrl;
  if (!publicUrl) {
    await ensureWebhook(ctx, workspaceId);
    return result;
  }
  const registered = await client.webhooks();
  const ours = current?.healthieWebhookId ? registered.find((w) => w.id === current!.healthieWebhookId) : undefined;
  for (const stray of registered.filter((w) => w.id !== ours?.id && w.url?.startsWith(`${publicUrl}${WEBHOOK_PATH}/`))) {
    await client.deleteWebhook(stray.id);
    result.repairs.push('deleted_stray');
  }
  if (!ours) {
    current = await ensureWebhook(ctx, workspaceId, { replace: true });
    result.repairs.push('recreated');
  } else {
    const missing = events.filter((event) => !ours.events.includes(event));
    if (!ours.enabled || missing.length > 0) {
      await client.updateWebhook(ours.id, { enabled: true, events });
      result.repairs.push(ours.enabled ? 'events_restored' : 'reenabled');
    }
  }
  await db
    .update(healthieWebhooks)
    .set({ lastReconcileAt: new Date(), state: 'active', reasonCode: null, reason: null })
    .where(eq(healthieWebhooks.workspaceId, workspaceId));
  if (result.repairs.some((r) => r !== 'deleted_stray')) {
    for (const calendarId of calendarIds) {
      await requestSync(ctx, { workspaceId, calendarId, kind: 'reconcile', mode: 'incremental' });
      result.caughtUp.push(calendarId);
    }
  }
  return result;
}

/** A new signing secret: a new webhook in Healthie replaces the old one (Healthie offers no rotation of its own). */
export async function rotateWebhookSecret(ctx: IntegrationContext, workspaceId: string): Promise<StoredWebhook> {
  if (!(await webhookOf(ctx.database.db, workspaceId))?.healthieWebhookId) {
    throw new AppError(409, 'webhook_not_active', 'Healthie webhooks are not set up for this workspace: link a calendar first');
  }
  return ensureWebhook(ctx, workspaceId, { replace: true });
}
