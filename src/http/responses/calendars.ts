import { z } from 'zod';
import { eventStatuses, pushStates } from '../../db/schema.ts';
import { pushSettingsSchema } from '../../integration/push/push-settings.ts';
import { nullableTimestamp, timestamp } from './common.ts';

export const calendarAnswer = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  timezone: z.string(),
  color: z.string(),
  slug: z.string(),
  source: z.string(),
  sourceSettings: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const external = z.object({ source: z.string(), id: z.string().nullable() }).nullable();

const reference = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const eventAnswer = z.object({
  id: z.uuid(),
  calendarId: z.uuid(),
  title: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  durationMinutes: z.number().int(),
  status: z.enum(eventStatuses),
  eventTypeId: z.uuid().nullable(),
  eventType: reference.describe('The event type, with its name; null when the event has none.'),
  memberId: z.uuid().nullable(),
  member: z
    .object({ id: z.uuid(), name: z.string().nullable() })
    .nullable()
    .describe('The member the event is with; null when no member of the workspace is linked. The name is null for a caller without members:read.'),
  attendeeCount: z.number().int().nullable(),
  contactType: z.string().nullable().describe('How the appointment takes place, as Healthie names it ("Phone Call", "In Person", ...).'),
  external,
  lastSyncedAt: nullableTimestamp.describe('When the event last took the external version (a sync or a webhook); null for an internal event.'),
  notes: z.string().nullable(),
  push: z
    .object({
      state: z.enum(pushStates),
      attempts: z.number().int(),
      error: z.string().nullable().describe('Why the last attempt failed, in words a coordinator can act on.'),
      errorCode: z.string().nullable(),
      updatedAt: nullableTimestamp,
    })
    .nullable()
    .describe('Where the last change made here stands towards Healthie; null when none was made (or a change in Healthie replaced it).'),
  conflict: z
    .object({ winner: z.enum(['healthie', 'workspace']), at: z.string(), lost: z.string() })
    .nullable()
    .describe('The last time a change made here and one made in Healthie met: who won and what was lost.'),
  updatedAt: timestamp,
});

export const memberEventAnswer = eventAnswer.extend({ calendar: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }) });

export const eventTypeAnswer = z.object({
  id: z.uuid(),
  calendarId: z.uuid(),
  name: z.string(),
  durationMinutes: z.number().int(),
  contactTypes: z.array(z.string()).describe("The contact types Healthie allows for the type; empty for an internal type."),
  external,
});

const counts = z.object({
  fetched: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  cancelled: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int().optional(),
});

export const syncRunAnswer = z.object({
  id: z.uuid(),
  calendarId: z.uuid(),
  kind: z.enum(['initial', 'manual', 'scheduled', 'reconcile']),
  mode: z.enum(['full', 'incremental']),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  queuedAt: timestamp,
  startedAt: nullableTimestamp,
  finishedAt: nullableTimestamp,
  counts,
  progress: z.object({ fetched: z.number().int(), expected: z.number().int().nullable() }),
  requests: z.number().int(),
  errorCode: z.string().nullable(),
  error: z.string().nullable(),
});

export const calendarLinkAnswer = z.object({
  calendar: z.object({ id: z.uuid(), name: z.string(), timezone: z.string(), color: z.string() }),
  providerId: z.string().nullable(),
  providerName: z.string().nullable(),
  linkedAt: z.string().nullable(),
  connection: z.object({ status: z.string().nullable(), statusReasonCode: z.string().nullable(), statusReason: z.string().nullable() }),
  lastSuccessAt: nullableTimestamp,
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  lastRun: syncRunAnswer.nullable(),
  push: pushSettingsSchema,
});
