import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** The owning workspace: every workspace-scoped row goes when its workspace goes. */
const workspaceRef = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

export const workspaces = pgTable('workspaces', {
  id: id(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  features: text('features').array().notNull().default(sql`'{}'::text[]`),
  settings: jsonb('settings').$type<WorkspaceSettings>().notNull().default({}),
  createdAt: createdAt(),
});

export interface WorkspaceSettings {
  /** ISO 3166 region used to read phone numbers written without a country code. */
  phoneRegion?: string;
}

export const accounts = pgTable('accounts', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  createdAt: createdAt(),
});

export const roles = pgTable(
  'roles',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    scopes: text('scopes').array().notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('roles_workspace_name').on(t.workspaceId, t.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    workspaceId: workspaceRef(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.accountId] })],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    workspaceId: workspaceRef(),
    // A key dies with its owner: it never holds more than the owner's role still grants.
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenPrefix: text('token_prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    scopes: text('scopes').array().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('api_keys_workspace').on(t.workspaceId)],
);

export const sessions = pgTable('sessions', {
  id: id(),
  tokenHash: text('token_hash').notNull().unique(),
  accountId: uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

export const members = pgTable(
  'members',
  {
    id: id(),
    workspaceId: workspaceRef(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull().default(''),
    email: text('email'),
    /** Lower-cased, trimmed email: what lookups and matching compare. */
    emailKey: text('email_key'),
    /** E.164, or null when the number could not be read. */
    phone: text('phone'),
    /** The number as it was written, kept for display. */
    phoneDisplay: text('phone_display'),
    externalId: text('external_id'),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('members_workspace_email').on(t.workspaceId, t.emailKey),
    index('members_workspace_phone').on(t.workspaceId, t.phone),
    uniqueIndex('members_workspace_external_id').on(t.workspaceId, t.externalId),
    index('members_workspace_name').on(t.workspaceId, t.lastName, t.firstName),
  ],
);

export const memberFields = pgTable(
  'member_fields',
  {
    workspaceId: workspaceRef(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.key] }),
    // A Healthie patient is linked to at most one member of a workspace.
    uniqueIndex('member_fields_healthie_patient')
      .on(t.workspaceId, t.value)
      .where(sql`${t.key} = 'healthie:patient_id'`),
    index('member_fields_workspace_key').on(t.workspaceId, t.key),
  ],
);

export const calendars = pgTable(
  'calendars',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    timezone: text('timezone').notNull(),
    color: text('color').notNull(),
    slug: text('slug').notNull(),
    /** 'internal', or the external source the calendar is linked to (e.g. 'healthie'). */
    source: text('source').notNull().default('internal'),
    sourceSettings: jsonb('source_settings').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('calendars_workspace_slug').on(t.workspaceId, t.slug),
    // One calendar per Healthie provider in a workspace.
    uniqueIndex('calendars_healthie_provider')
      .on(t.workspaceId, sql`(${t.sourceSettings}->>'providerId')`)
      .where(sql`${t.source} = 'healthie'`),
  ],
);

export const calendarEventTypes = pgTable(
  'calendar_event_types',
  {
    id: id(),
    workspaceId: workspaceRef(),
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => calendars.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    externalSource: text('external_source'),
    externalId: text('external_id'),
    /** The contact types Healthie allows for the type (its available_contact_types); empty for an internal type. */
    contactTypes: text('contact_types').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('event_types_calendar_external').on(t.calendarId, t.externalSource, t.externalId)],
);

export const eventStatuses = ['booked', 'confirmed', 'completed', 'no_show', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const calendarEvents = pgTable(
  'calendar_events',
  {
    id: id(),
    workspaceId: workspaceRef(),
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => calendars.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    status: text('status').$type<EventStatus>().notNull().default('booked'),
    eventTypeId: uuid('event_type_id').references(() => calendarEventTypes.id, { onDelete: 'set null' }),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'set null' }),
    externalSource: text('external_source'),
    externalId: text('external_id'),
    /** Whose schedule the event came from (the Healthie provider): a relinked calendar leaves others' events alone. */
    externalScope: text('external_scope'),
    /** The external record of the person the event is with (the Healthie patient): linking that patient attaches the event. */
    externalPatientId: text('external_patient_id'),
    /** A group appointment's number of attendees; null for a 1:1 or an internal event. */
    attendeeCount: integer('attendee_count'),
    /** Healthie's updated_at of the version the event holds: an older version never overwrites it. */
    externalUpdatedAt: timestamp('external_updated_at', { withTimezone: true }),
    /** How the appointment takes place, as Healthie names it ("Healthie Video Call", "In Person", "Phone Call"). */
    contactType: text('contact_type'),
    /**
     * When the event last took the external version (created, changed or cancelled by a sync or a
     * webhook); a member linked later does not move it, unlike updated_at.
     */
    syncedAt: timestamp('synced_at', { withTimezone: true }),
    notes: text('notes'),
    /** Where the workspace's last change of the event stands towards Healthie; null when none was made. */
    pushState: text('push_state').$type<PushState>(),
    pushAttempts: integer('push_attempts').notNull().default(0),
    /** Why the last attempt failed, in our words (never Healthie's text). */
    pushError: text('push_error'),
    pushErrorCode: text('push_error_code'),
    pushUpdatedAt: timestamp('push_updated_at', { withTimezone: true }),
    /** Healthie's updated_at of the version our last push produced: that version coming back is our own echo. */
    pushedVersion: timestamp('pushed_version', { withTimezone: true }),
    /** The last time a change here and one in Healthie met: who won and what was lost. */
    pushConflict: jsonb('push_conflict').$type<PushConflict>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('events_calendar_external').on(t.calendarId, t.externalSource, t.externalId),
    index('events_calendar_starts').on(t.calendarId, t.startsAt),
    index('events_member').on(t.memberId),
    index('events_external_patient').on(t.workspaceId, t.externalPatientId),
    index('events_workspace_external').on(t.workspaceId, t.externalSource, t.externalId),
  ],
);

export const pushStates = ['pending', 'pushed', 'failed'] as const;
export type PushState = (typeof pushStates)[number];

export interface PushConflict {
  winner: 'healthie' | 'workspace';
  at: string;
  /** The losing change, in words. */
  lost: string;
}

export const pushOperations = ['create', 'update', 'cancel', 'delete'] as const;
export type PushOperation = (typeof pushOperations)[number];

/** What a pushed change sends: Healthie's fields, already in Healthie's terms. */
export interface PushChanges {
  startsAt?: string;
  contactType?: string;
  locationId?: string;
  notes?: string | null;
}

/**
 * The outbox of changes made in the workspace to Healthie appointments: written in the transaction
 * that changes the event, sent by a job, in order per event (seq).
 */
export const healthiePushOutbox = pgTable(
  'healthie_push_outbox',
  {
    id: id(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    workspaceId: workspaceRef(),
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => calendars.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => calendarEvents.id, { onDelete: 'cascade' }),
    operation: text('operation').$type<PushOperation>().notNull(),
    changes: jsonb('changes').$type<PushChanges>().notNull().default({}),
    /** The Healthie version the change was made on (the event's external_updated_at then). */
    baseVersion: timestamp('base_version', { withTimezone: true }),
    state: text('state').$type<'pending' | 'sending' | 'pushed' | 'failed' | 'superseded'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** An attempt may have been applied without our hearing back: look in Healthie before sending again. */
    ambiguous: boolean('ambiguous').notNull().default(false),
    errorCode: text('error_code'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('push_outbox_event').on(t.eventId, t.seq),
    index('push_outbox_due').on(t.nextAttemptAt).where(sql`${t.state} in ('pending', 'sending')`),
    index('push_outbox_open').on(t.calendarId).where(sql`${t.state} in ('pending', 'sending', 'failed')`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    actorType: text('actor_type').$type<'account' | 'api_key' | 'system'>().notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_workspace_created').on(t.workspaceId, t.createdAt)],
);

/** Secrets at rest: AES-256-GCM ciphertext with its IV, tag and the id of the key that sealed it. */
export const encryptedSecrets = pgTable('encrypted_secrets', {
  id: id(),
  workspaceId: workspaceRef(),
  purpose: text('purpose').notNull(),
  keyId: text('key_id').notNull(),
  iv: text('iv').notNull(),
  tag: text('tag').notNull(),
  ciphertext: text('ciphertext').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type ConnectionStatus = 'connected' | 'error';

export interface StoredApiWarning {
  code: string;
  message: string;
  requestedVersion?: string;
  sunsetDate?: string;
  latestVersion?: string;
}

/** What Healthie last said about the connection's API version: when it stops accepting it, or that it already has. */
export interface ApiVersionNotice {
  version: string;
  sunsetDate: string | null;
  latestVersion: string | null;
  minimumSupportedVersion: string | null;
  /** Healthie refused the version (UNSUPPORTED_API_VERSION or MISSING_API_VERSION_HEADER). */
  rejected: boolean;
  observedAt: string;
}

/** The connection's last switch of API version. */
export interface ApiVersionChange {
  from: string;
  to: string;
  at: string;
  automatic: boolean;
}

export const healthieConnections = pgTable('healthie_connections', {
  id: id(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .unique()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** null: Healthie production. */
  baseUrl: text('base_url'),
  secretId: uuid('secret_id')
    .notNull()
    .references(() => encryptedSecrets.id),
  apiKeyLast4: text('api_key_last4').notNull(),
  status: text('status').$type<ConnectionStatus>().notNull(),
  /** Why the status is Error: a stable code and our own fixed message, never Healthie's text. */
  statusReasonCode: text('status_reason_code'),
  statusReason: text('status_reason'),
  healthieUserId: text('healthie_user_id').notNull(),
  healthieUserName: text('healthie_user_name').notNull(),
  healthieUserEmail: text('healthie_user_email'),
  warnings: jsonb('warnings').$type<StoredApiWarning[]>().notNull().default([]),
  /** The Healthie-GraphQL-API-Version every request of this connection sends. */
  apiVersion: text('api_version').notNull().default('2026-01-01'),
  versionNotice: jsonb('version_notice').$type<ApiVersionNotice | null>(),
  lastVersionChange: jsonb('last_version_change').$type<ApiVersionChange | null>(),
  /** Switch to Healthie's latest version by itself near the sunset (when every operation validates there). */
  autoUpgrade: boolean('auto_upgrade').notNull().default(true),
  /** Sent as AuthorizationShard, for organizations whose data Healthie keeps in a shard. */
  authorizationShard: text('authorization_shard'),
  /** Page sizes Healthie accepted after refusing larger ones as too complex. */
  pageSizes: jsonb('page_sizes').$type<Record<string, number>>().notNull().default({}),
  lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
  lastCheckError: text('last_check_error'),
  connectedAt: timestamp('connected_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: updatedAt(),
});

export type SyncKind = 'initial' | 'manual' | 'scheduled' | 'reconcile';
export type SyncRunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface SyncCounts {
  fetched: number;
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  /** Appointments that could not be stored (no readable date, times out of range): left as they were. */
  skipped?: number;
}

/** One sync of a calendar with Healthie: what it did, how far it got, how it ended. */
export const calendarSyncRuns = pgTable(
  'calendar_sync_runs',
  {
    id: id(),
    workspaceId: workspaceRef(),
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => calendars.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SyncKind>().notNull(),
    status: text('status').$type<SyncRunStatus>().notNull(),
    /** incremental: changes since a watermark; full: every future appointment, with deletion detection. */
    mode: text('mode').$type<'full' | 'incremental'>().notNull().default('full'),
    counts: jsonb('counts').$type<SyncCounts>().notNull().default({ fetched: 0, created: 0, updated: 0, cancelled: 0, unchanged: 0 }),
    /** Appointments Healthie reported for the run, when known: progress is counts.fetched of this. */
    expectedTotal: integer('expected_total'),
    requests: integer('requests').notNull().default(0),
    /** How a failed run failed: a stable code and our own fixed message, never Healthie's text. */
    errorCode: text('error_code'),
    error: text('error'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Renewed while the run works; a run whose heartbeat stops was abandoned by a dead worker. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  },
  (t) => [
    index('sync_runs_calendar_queued').on(t.calendarId, t.queuedAt),
    // At most one run queued or running per calendar, across processes.
    uniqueIndex('sync_runs_one_active').on(t.calendarId).where(sql`${t.status} in ('queued', 'running')`),
  ],
);

/** Per linked calendar: where the last good sync left off. */
export const calendarSyncStates = pgTable('calendar_sync_states', {
  calendarId: uuid('calendar_id')
    .primaryKey()
    .references(() => calendars.id, { onDelete: 'cascade' }),
  workspaceId: workspaceRef(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  lastFullSyncAt: timestamp('last_full_sync_at', { withTimezone: true }),
  /** The newest Healthie updated_at applied: incremental runs ask for changes after it. */
  updatedWatermark: timestamp('updated_watermark', { withTimezone: true }),
  lastError: text('last_error'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
});

/** A person's "not a match": this member and this Healthie patient are never proposed together again. */
export const memberMatchRejections = pgTable(
  'member_match_rejections',
  {
    workspaceId: workspaceRef(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    patientId: text('patient_id').notNull(),
    decidedBy: text('decided_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.patientId] }), index('match_rejections_workspace').on(t.workspaceId)],
);

/**
 * The links one Link All made, so one Undo takes back exactly those: a link written later (by
 * anyone, for the same pair too) was written after `createdAt` and is kept.
 */
export const memberLinkBatches = pgTable('member_link_batches', {
  id: id(),
  workspaceId: workspaceRef(),
  pairs: jsonb('pairs').$type<Array<{ memberId: string; patientId: string }>>().notNull(),
  createdAt: createdAt(),
  undoneAt: timestamp('undone_at', { withTimezone: true }),
});

/** Member links whose Healthie patient was not found when matching last ran. */
export const memberLinkFlags = pgTable('member_link_flags', {
  memberId: uuid('member_id')
    .primaryKey()
    .references(() => members.id, { onDelete: 'cascade' }),
  workspaceId: workspaceRef(),
  patientId: text('patient_id').notNull(),
  reason: text('reason').$type<'patient_missing' | 'patient_archived'>().notNull(),
  flaggedAt: timestamp('flagged_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * How far the workspace's latest Find Matching Records has got, so any process can answer for it.
 * A newer run takes the row over; an older one still working no longer writes to it.
 */
export const memberMatchProgress = pgTable('member_match_progress', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  runId: uuid('run_id').notNull(),
  status: text('status').$type<'running' | 'finished' | 'failed'>().notNull(),
  phase: text('phase').$type<'reading' | 'checking_links'>().notNull(),
  strategy: text('strategy').$type<'scan' | 'lookup'>(),
  patientsRead: integer('patients_read').notNull().default(0),
  /** Patients Healthie reported, once its first page answered. */
  patientsTotal: integer('patients_total'),
  searchesDone: integer('searches_done').notNull().default(0),
  searchesTotal: integer('searches_total'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  /** Renewed while the run works; a running row that stops being renewed belongs to a run that died. */
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/** Attempts counted per key in fixed windows (sign-in limits), shared by every process. */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetsAt: timestamp('resets_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_counters_resets').on(t.resetsAt)],
);

export type WebhookState = 'active' | 'off';

/**
 * The Healthie webhook of a connection: where Healthie sends its deliveries (our opaque hook id in
 * the URL, never the workspace id), what for, and its signing secret (sealed like the API key).
 */
export const healthieWebhooks = pgTable('healthie_webhooks', {
  id: id(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .unique()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  hookId: text('hook_id').notNull().unique(),
  /** Healthie's id of the webhook, once created there. */
  healthieWebhookId: text('healthie_webhook_id'),
  url: text('url').notNull(),
  events: text('events').array().notNull(),
  secretId: uuid('secret_id').references(() => encryptedSecrets.id),
  state: text('state').$type<WebhookState>().notNull().default('active'),
  /** Why the webhook is off or degraded: a code and our own message. */
  reasonCode: text('reason_code'),
  reason: text('reason'),
  lastDeliveryAt: timestamp('last_delivery_at', { withTimezone: true }),
  lastReconcileAt: timestamp('last_reconcile_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export type DeliveryVerdict = 'accepted' | 'duplicate' | 'refused';
export type DeliveryOutcome = 'pending' | 'applied' | 'unchanged' | 'ignored' | 'failed';

/** Each delivery Healthie made to a webhook: when, what, whether it was accepted, and what processing did. No PHI. */
export const healthieWebhookDeliveries = pgTable(
  'healthie_webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workspaceId: workspaceRef(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => healthieWebhooks.id, { onDelete: 'cascade' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    eventType: text('event_type'),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    verdict: text('verdict').$type<DeliveryVerdict>().notNull(),
    /** Why a delivery was refused or counted as a duplicate (a code). */
    reason: text('reason'),
    /**
     * SHA-256 of the Signature header. Not unique: Healthie signs no time or nonce, so the same event
     * about the same record (a second move of one appointment) comes with the same signature.
     */
    signatureDigest: text('signature_digest'),
    /** SHA-256 of the body: the same event again while the first is still waiting is a duplicate. */
    bodyDigest: text('body_digest'),
    outcome: text('outcome').$type<DeliveryOutcome>(),
    outcomeDetail: text('outcome_detail'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_recent').on(t.workspaceId, t.receivedAt),
    index('webhook_deliveries_pending').on(t.webhookId, t.bodyDigest).where(sql`${t.outcome} = 'pending'`),
  ],
);

/**
 * An assistant's write waiting for its second call: the first call is answered with a summary and a
 * token (only its digest is kept), the second carries the same input and the token out, once, in time.
 */
export const assistantConfirmations = pgTable('assistant_confirmations', {
  id: id(),
  workspaceId: workspaceRef(),
  /** The API key that asked: only it may confirm. */
  actorId: text('actor_id').notNull(),
  tool: text('tool').notNull(),
  input: jsonb('input').$type<Record<string, unknown>>().notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * Healthie requests in flight per workspace, across processes: one row per slot taken, up to
 * HEALTHIE_MAX_CONCURRENCY. A request holds its slot until it ends, or until the lease expires (its
 * process died).
 */
export const healthieRequestLeases = pgTable(
  'healthie_request_leases',
  {
    workspaceId: workspaceRef(),
    slot: integer('slot').notNull(),
    leaseId: uuid('lease_id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.slot] })],
);

/** Healthie answered TOO_MANY_REQUESTS: no process sends for the workspace before this. */
export const healthieBackoffs = pgTable('healthie_backoffs', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  backoffUntil: timestamp('backoff_until', { withTimezone: true }).notNull(),
});
