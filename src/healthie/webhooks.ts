import { HealthieError } from './errors.ts';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  UpdateWebhookDocument,
  WebhooksDocument,
  type RegisteredWebhookFragment,
  type WebhookEventType,
} from './generated/graphql.ts';
import { refusedIn } from './mutation-messages.ts';
import { collectConnection, walkConnection } from './paging.ts';
import type { HealthieTransport } from './transport.ts';

export interface HealthieWebhook {
  id: string;
  url: string | null;
  enabled: boolean;
  events: WebhookEventType[];
}

const toWebhook = (webhook: RegisteredWebhookFragment): HealthieWebhook => ({
  id: webhook.id,
  url: webhook.url,
  enabled: webhook.is_enabled,
  events: (webhook.webhook_events ?? []).map((e) => e.event_type),
});

/** The organization's webhooks, every page (a handful). */
export async function fetchWebhooks(transport: HealthieTransport): Promise<HealthieWebhook[]> {
  const pages = walkConnection(async (after) => (await transport.request(WebhooksDocument, { first: 100, after })).webhooks);
  return (await collectConnection(pages)).map(toWebhook);
}

/** Registers a webhook that Healthie retries on failure; its signing secret comes back once, here. */
export async function createWebhook(transport: HealthieTransport, input: { url: string; events: WebhookEventType[] }): Promise<HealthieWebhook & { secret: string }> {
  const { createWebhook: payload } = await transport.request(CreateWebhookDocument, { url: input.url, events: input.events.map((event_type) => ({ event_type })) });
  refusedIn(payload?.messages ?? null);
  const webhook = payload?.webhook;
  if (!webhook?.signature_secret) throw new HealthieError('bad_response', { detail: '(the webhook came back without its signing secret)' });
  return { ...toWebhook(webhook), secret: webhook.signature_secret };
}

export async function updateWebhook(transport: HealthieTransport, id: string, change: { enabled?: boolean; events?: WebhookEventType[] }): Promise<HealthieWebhook> {
  const { updateWebhook: payload } = await transport.request(UpdateWebhookDocument, {
    id,
    ...(change.enabled !== undefined ? { isEnabled: change.enabled } : {}),
    ...(change.events ? { events: change.events.map((event_type) => ({ event_type })) } : {}),
  });
  refusedIn(payload?.messages ?? null);
  if (!payload?.webhook) throw new HealthieError('bad_response', { detail: '(no webhook came back)' });
  return toWebhook(payload.webhook);
}

/** Deletes a webhook; one Healthie no longer has counts as deleted. */
export async function deleteWebhook(transport: HealthieTransport, id: string): Promise<void> {
  const data = await transport.requestRecord(DeleteWebhookDocument, { id });
  refusedIn(data?.deleteWebhook?.messages ?? null);
}
