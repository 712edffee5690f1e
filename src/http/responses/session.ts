import { z } from 'zod';
import { timestamp } from './common.ts';

const account = z.object({ id: z.uuid(), email: z.string(), name: z.string() });

export const workspaceAnswer = z.object({ id: z.uuid(), name: z.string(), slug: z.string(), features: z.array(z.string()), scopes: z.array(z.string()) });

export const signInAnswer = z.object({ account, csrfToken: z.string() });

export const sessionAnswer = z.union([
  z.object({ kind: z.literal('api_key'), workspaceId: z.uuid(), scopes: z.array(z.string()) }),
  z.object({
    kind: z.literal('session'),
    account,
    csrfToken: z.string(),
    workspaces: z.array(z.object({ id: z.uuid(), name: z.string(), slug: z.string(), role: z.string(), scopes: z.array(z.string()) })),
  }),
]);

export const auditEntryAnswer = z.object({
  id: z.number().int(),
  workspaceId: z.uuid().nullable(),
  actorType: z.enum(['account', 'api_key', 'system']),
  actorId: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
});

export const healthAnswer = z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['pglite', 'postgres']) });
