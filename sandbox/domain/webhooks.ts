// Webhook registrations: createWebhook, updateWebhook, deleteWebhook.
import { randomBytes } from 'node:crypto';
import type { WebhookRecord } from '../store/records.ts';
import { failed, isBlank, isInvalid, notFound, succeeded, type ChangeContext, type FieldError, type Outcome } from './outcome.ts';

export interface WebhookInput {
  url?: string | null;
  /** Healthie event names ("appointment.created"); the GraphQL layer converts the enum values. */
  event_types?: string[] | null;
  is_enabled?: boolean | null;
  should_retry?: boolean | null;
}

export function createWebhook(context: ChangeContext, input: WebhookInput): Outcome<WebhookRecord> {
  const messages = validate(input);
  if (isBlank(input.url)) messages.unshift({ field: 'url', message: "can't be blank" });
  if (!input.event_types?.length) messages.push({ field: 'event_type', message: "can't be blank" });
  if (messages.length > 0) return failed(messages);
  const webhook: WebhookRecord = {
    id: context.store.nextId('webhook'),
    organizationId: context.actor.organizationId,
    url: input.url ?? '',
    eventTypes: input.event_types ?? [],
    isEnabled: input.is_enabled ?? true,
    shouldRetry: input.should_retry ?? true,
    signatureSecret: randomBytes(24).toString('hex'),
    warnedAt: null,
    createdAt: context.now(),
  };
  context.store.webhooks.set(webhook.id, webhook);
  return succeeded(webhook);
}

export function updateWebhook(context: ChangeContext, id: string | null | undefined, input: WebhookInput): Outcome<WebhookRecord> {
  const webhook = existing(context, id);
  const messages = validate(input);
  if (messages.length > 0) return failed(messages);
  if (input.url) webhook.url = input.url;
  if (input.event_types?.length) webhook.eventTypes = input.event_types;
  if (input.is_enabled != null) {
    webhook.isEnabled = input.is_enabled;
    if (input.is_enabled) webhook.warnedAt = null;
  }
  if (input.should_retry != null) webhook.shouldRetry = input.should_retry;
  return succeeded(webhook);
}

export function deleteWebhook(context: ChangeContext, id: string | null | undefined): WebhookRecord {
  const webhook = existing(context, id);
  context.store.webhooks.delete(webhook.id);
  return webhook;
}

function existing(context: ChangeContext, id: string | null | undefined): WebhookRecord {
  const webhook = id ? context.store.webhooks.get(id) : undefined;
  if (!webhook) throw notFound('Webhook', id);
  return webhook;
}

function validate(input: WebhookInput): FieldError[] {
  if (!input.url) return [];
  try {
    const url = new URL(input.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? [] : [isInvalid('url')];
  } catch {
    return [isInvalid('url')];
  }
}
