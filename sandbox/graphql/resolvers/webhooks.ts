// Webhook, webhooks, createWebhook, updateWebhook and deleteWebhook.
import { createWebhook, deleteWebhook, updateWebhook, type WebhookInput } from '../../domain/webhooks.ts';
import type { WebhookRecord } from '../../store/records.ts';
import { paginate, wholeIndex } from '../../store/connection.ts';
import { SortedIndex } from '../../store/sorted-index.ts';
import { changeContextOf, requireViewer, type SandboxContext } from '../context.ts';
import { connectionOf } from '../connection-result.ts';
import { payload } from '../payload.ts';
import type { PagingArgs, ResolverMap } from '../resolver-map.ts';
import { enumValueOfEvent, eventOfEnumValue } from '../../webhooks/event-names.ts';

interface WebhookArgs {
  id?: string | null;
  url?: string | null;
  event_type?: string | null;
  webhook_events?: ({ event_type: string } | null)[] | null;
  is_enabled?: boolean | null;
  should_retry?: boolean | null;
}

function toDomainInput(args: WebhookArgs): WebhookInput {
  const events = [args.event_type, ...(args.webhook_events ?? []).map((event) => event?.event_type)].filter(
    (event): event is string => Boolean(event),
  );
  return {
    url: args.url,
    event_types: events.length > 0 ? [...new Set(events.map(eventOfEnumValue))] : null,
    is_enabled: args.is_enabled,
    should_retry: args.should_retry,
  };
}

export const webhookResolvers: ResolverMap = {
  Query: {
    webhooks: (_: unknown, args: PagingArgs, context: SandboxContext) => {
      const viewer = requireViewer(context);
      const index = SortedIndex.of(context.state.store.webhooks.values(), (webhook) => [Number(webhook.id)]);
      return connectionOf(paginate(wholeIndex(index), (webhook) => webhook.organizationId === viewer.organizationId, args));
    },
  },
  Mutation: {
    createWebhook: (_: unknown, { input }: { input?: WebhookArgs }, context: SandboxContext) =>
      payload('webhook', createWebhook(changeContextOf(context), toDomainInput(input ?? {}))),
    updateWebhook: (_: unknown, { input }: { input?: WebhookArgs }, context: SandboxContext) =>
      payload('webhook', updateWebhook(changeContextOf(context), input?.id, toDomainInput(input ?? {}))),
    deleteWebhook: (_: unknown, { input }: { input?: WebhookArgs }, context: SandboxContext) => ({
      webhook: deleteWebhook(changeContextOf(context), input?.id),
      messages: null,
    }),
  },
  Webhook: {
    event_type: (webhook: WebhookRecord) => (webhook.eventTypes[0] ? enumValueOfEvent(webhook.eventTypes[0]) : null),
    webhook_events: (webhook: WebhookRecord, _: unknown, context: SandboxContext) =>
      webhook.eventTypes.map((event, position) => ({
        id: `${webhook.id}${position}`,
        event_type: enumValueOfEvent(event),
        webhook,
        retry_count: 0,
        created_at: context.datetime(webhook.createdAt),
        updated_at: context.datetime(webhook.createdAt),
      })),
    is_enabled: (webhook: WebhookRecord) => webhook.isEnabled,
    should_retry: (webhook: WebhookRecord) => webhook.shouldRetry,
    signature_secret: (webhook: WebhookRecord) => webhook.signatureSecret,
    warned_at: (webhook: WebhookRecord, _: unknown, context: SandboxContext) => context.datetime(webhook.warnedAt),
  },
};
