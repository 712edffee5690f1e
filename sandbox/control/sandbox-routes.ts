// Control routes about the sandbox itself: reset, faults, settings, stats, API keys, webhook deliveries.
import { z } from 'zod';
import { revokeApiKey } from '../domain/api-keys.ts';
import { faultsSchema } from '../faults.ts';
import { servedSchemaDocument } from '../schema/executable-schema.ts';
import { removalPattern, versionChangeProblems } from '../schema/version-changes.ts';
import { seedSchema } from '../seeds/seeds.ts';
import type { ApiKeyRecord } from '../store/records.ts';
import type { SandboxState } from '../state.ts';
import { publishedVersions } from '../versions.ts';
import { ok, parseBody, problem, type ControlRoute } from './router.ts';

const settingsSchema = z
  .object({
    datetimeFormat: z.enum(['iso', 'rails']),
    apiVersionRules: z.enum(['transition', 'enforced']),
    rateLimit: z.object({ limit: z.number().int().positive(), windowMs: z.number().int().positive() }).strict(),
    objectFieldCost: z.number().int().min(1).max(100),
    webhookRetry: z
      .object({ baseDelayMs: z.number().int().positive(), warnAfterMs: z.number().int().min(0), disableAfterMs: z.number().int().min(0) })
      .strict(),
    recurringAppointmentWebhooks: z.boolean(),
    versionChanges: z.array(
      z
        .object({
          version: z.string().refine((version) => publishedVersions.includes(version), 'must be a published API version'),
          removed: z.string().regex(removalPattern, 'must be Type.field or Type.field(argument)'),
        })
        .strict(),
    ),
  })
  .partial()
  .strict();

export function describeApiKey(state: SandboxState, apiKey: ApiKeyRecord) {
  const user = state.store.users.get(apiKey.userId);
  return {
    key: apiKey.key,
    userId: apiKey.userId,
    name: apiKey.name,
    email: user?.email ?? '',
    canListOrganizationMembers: Boolean(user?.membership?.permissions.canListOrganizationMembers),
    revoked: apiKey.revokedAt !== null,
  };
}

export function sandboxRoutes(state: SandboxState): ControlRoute[] {
  return [
    {
      method: 'POST',
      path: '/_sandbox/reset',
      handler: ({ body }) => {
        const { seed } = parseBody(z.object({ seed: seedSchema.default('demo') }).strict(), body);
        return ok({ apiKeys: state.reset(seed).map((apiKey) => describeApiKey(state, apiKey)) });
      },
    },
    { method: 'GET', path: '/_sandbox/faults', handler: () => ok(state.faults.current) },
    {
      method: 'PUT',
      path: '/_sandbox/faults',
      handler: ({ body }) => {
        state.faults.set(parseBody(faultsSchema, body));
        return ok(state.faults.current);
      },
    },
    { method: 'GET', path: '/_sandbox/settings', handler: () => ok(state.settings) },
    {
      method: 'PUT',
      path: '/_sandbox/settings',
      handler: ({ body }) => {
        const settings = parseBody(settingsSchema, body);
        const problems = versionChangeProblems(servedSchemaDocument(), settings.versionChanges ?? []);
        if (problems.length > 0) return problem(400, 'INVALID_BODY', problems.join('; '));
        Object.assign(state.settings, settings);
        return ok(state.settings);
      },
    },
    { method: 'GET', path: '/_sandbox/stats', handler: () => ok(state.stats.toJSON()) },
    {
      method: 'DELETE',
      path: '/_sandbox/stats',
      handler: () => {
        state.stats.clear();
        return ok(state.stats.toJSON());
      },
    },
    {
      method: 'GET',
      path: '/_sandbox/api-keys',
      handler: () => ok({ apiKeys: [...state.store.apiKeys.values()].map((apiKey) => describeApiKey(state, apiKey)) }),
    },
    {
      method: 'POST',
      path: '/_sandbox/api-keys/:key/revoke',
      handler: ({ params }) => {
        const apiKey = state.store.apiKeys.get(params.key ?? '');
        if (!apiKey) return problem(404, 'NOT_FOUND', 'No such API key');
        return ok({ apiKey: describeApiKey(state, revokeApiKey(apiKey, state.now())) });
      },
    },
    { method: 'GET', path: '/_sandbox/webhook-deliveries', handler: () => ok({ deliveries: state.webhooks.attempts() }) },
  ];
}
