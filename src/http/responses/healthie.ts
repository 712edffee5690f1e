import { z } from 'zod';
import { nullableTimestamp, timestamp } from './common.ts';

const status = z.enum(['connected', 'action_needed', 'error']);

export const connectionStatusAnswer = z.object({
  installed: z.boolean(),
  status: status.nullable(),
  statusReasonCode: z.string().nullable(),
  statusReason: z.string().nullable(),
});

const warning = z.object({
  code: z.string(),
  message: z.string(),
  requestedVersion: z.string().optional(),
  sunsetDate: z.string().optional(),
  latestVersion: z.string().optional(),
});

export const connectionAnswer = connectionStatusAnswer.extend({
  id: z.uuid(),
  apiVersion: z.string(),
  newestValidatedVersion: z.string(),
  versionNotice: z
    .object({
      version: z.string(),
      sunsetDate: z.string().nullable(),
      latestVersion: z.string().nullable(),
      minimumSupportedVersion: z.string().nullable(),
      rejected: z.boolean(),
      observedAt: z.string(),
      text: z.string(),
    })
    .nullable(),
  lastVersionChange: z.object({ from: z.string(), to: z.string(), at: z.string(), automatic: z.boolean() }).nullable(),
  autoUpgrade: z.boolean(),
  authorizationShard: z.string().nullable(),
  baseUrl: z.string().nullable(),
  healthieUser: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  apiKeyLast4: z.string(),
  warnings: z.array(warning),
  lastCheckedAt: nullableTimestamp,
  lastCheckError: z.string().nullable(),
  connectedAt: timestamp,
  updatedAt: timestamp,
});

export const disconnectAnswer = z.object({ calendarsUnlinked: z.number().int(), memberLinksCleared: z.number().int() });

export const operationCheckAnswer = z.object({ operation: z.string(), valid: z.boolean(), errors: z.array(z.string()) });

export const providerAnswer = z.object({ id: z.string(), name: z.string(), email: z.string().nullable() });

export const appointmentTypeAnswer = z.object({
  id: z.string(),
  name: z.string(),
  durationMinutes: z.number().int().nullable(),
  providerIds: z.array(z.string()).nullable().describe('The providers who offer it; null when every provider does.'),
  contactTypes: z.array(z.string()).describe('How it may take place (Healthie\'s available_contact_types).'),
});

export const appConnectionAnswer = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  installed: z.boolean(),
  status: status.nullable(),
});
