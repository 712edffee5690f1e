// Delivers every change to the registered webhooks for its event, retrying failures with exponential
// backoff when the webhook asks for retries, warning after a day and disabling it after three (on the
// sandbox's configurable clock).
import type { ChangeEvent } from '../domain/changes.ts';
import type { Settings } from '../settings.ts';
import type { WebhookRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { signedHeaders } from './signer.ts';

export interface DeliveryAttempt {
  /** The delivery (one event to one webhook) the attempt belongs to, numbered from 1: its retries share it. */
  delivery: number;
  webhookId: string;
  url: string;
  eventType: string;
  resourceId: string;
  attempt: number;
  at: number;
  status: number | null;
  error: string | null;
  /** The Signature header sent: each attempt is signed anew. */
  signature: string;
}

interface Delivery {
  id: number;
  webhook: WebhookRecord;
  eventType: string;
  resourceId: string;
  body: string;
  attempt: number;
  firstFailedAt: number | null;
}

const deliveryTimeoutMs = 10_000;
const keptAttempts = 1_000;

export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly log: DeliveryAttempt[] = [];
  private deliveries = 0;

  constructor(
    private readonly store: () => Store,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  announce(event: ChangeEvent): void {
    if (event.recurring && !this.settings().recurringAppointmentWebhooks) return;
    const body = JSON.stringify({
      resource_id: event.resourceId,
      resource_id_type: event.resourceIdType,
      event_type: event.eventType,
      changed_fields: event.changedFields,
      ...event.extra,
    });
    for (const webhook of this.store().webhooks.values()) {
      if (!webhook.isEnabled || !webhook.eventTypes.includes(event.eventType)) continue;
      const delivery = { id: ++this.deliveries, webhook, eventType: event.eventType, resourceId: event.resourceId, body, attempt: 1, firstFailedAt: null };
      void this.deliver(delivery);
    }
  }

  attempts(): DeliveryAttempt[] {
    return [...this.log];
  }

  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.log.length = 0;
    this.deliveries = 0;
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const { webhook } = delivery;
    const at = this.now();
    let status: number | null = null;
    let error: string | null = null;
    let signature = '';
    try {
      const url = new URL(webhook.url);
      const headers = signedHeaders(url, delivery.body, webhook.signatureSecret, Math.floor(at / 1000));
      signature = headers.signature;
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: delivery.body,
        signal: AbortSignal.timeout(deliveryTimeoutMs),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    this.record({ delivery: delivery.id, webhookId: webhook.id, url: webhook.url, eventType: delivery.eventType, resourceId: delivery.resourceId, attempt: delivery.attempt, at, status, error, signature });
    const succeeded = status !== null && status >= 200 && status < 300;
    if (!succeeded && webhook.shouldRetry && webhook.isEnabled) this.retryLater(delivery, at);
  }

  private retryLater(delivery: Delivery, failedAt: number): void {
    const { baseDelayMs, warnAfterMs, disableAfterMs } = this.settings().webhookRetry;
    const firstFailedAt = delivery.firstFailedAt ?? failedAt;
    const failingFor = failedAt - firstFailedAt;
    const { webhook } = delivery;
    if (failingFor >= disableAfterMs) {
      webhook.isEnabled = false;
      return;
    }
    if (failingFor >= warnAfterMs && webhook.warnedAt === null) webhook.warnedAt = failedAt;
    const delay = baseDelayMs * 2 ** (delivery.attempt - 1);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (webhook.isEnabled) void this.deliver({ ...delivery, attempt: delivery.attempt + 1, firstFailedAt });
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }

  private record(attempt: DeliveryAttempt): void {
    this.log.push(attempt);
    if (this.log.length > keptAttempts) this.log.shift();
  }
}
