// The API's JSON shapes as the UI reads them (dates arrive as ISO strings).

export interface Account {
  id: string;
  email: string;
  name: string;
}

export interface SessionWorkspace {
  id: string;
  name: string;
  slug: string;
  role: string;
  scopes: string[];
}

export interface Session {
  account: Account;
  csrfToken: string;
  workspaces: SessionWorkspace[];
}

export interface WorkspaceDetails {
  id: string;
  name: string;
  slug: string;
  features: string[];
  scopes: string[];
}

export interface Member {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  phoneDisplay: string | null;
  externalId: string | null;
  labels: string[];
  fields: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: Array<{ row: number; message: string }>;
}

export interface Calendar {
  id: string;
  name: string;
  description: string;
  timezone: string;
  color: string;
  slug: string;
  source: string;
  sourceSettings: { providerId?: string; providerName?: string; linkedAt?: string };
  createdAt: string;
  updatedAt: string;
}

export const eventStatuses = ['booked', 'confirmed', 'completed', 'no_show', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export interface CalendarEvent {
  id: string;
  calendarId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  status: EventStatus;
  eventTypeId: string | null;
  memberId: string | null;
  external: { source: string; id: string } | null;
  updatedAt: string;
}

export interface EventType {
  id: string;
  calendarId: string;
  name: string;
  durationMinutes: number;
  external: { source: string; id: string } | null;
}

export interface AppConnection {
  key: string;
  name: string;
  description: string;
  installed: boolean;
  status: 'connected' | 'action_needed' | 'error' | null;
}

/** What everyone in the workspace sees of the connection. */
export interface HealthieConnectionStatus {
  installed: boolean;
  status: 'connected' | 'action_needed' | 'error' | null;
  statusReasonCode: string | null;
  statusReason: string | null;
}

/** The connection in detail, for callers with integrations:read. */
export interface ApiVersionNotice {
  version: string;
  sunsetDate: string | null;
  latestVersion: string | null;
  minimumSupportedVersion: string | null;
  rejected: boolean;
  /** "Healthie stops accepting API version 2026-01-01 on 2027-01-31, in 61 days." */
  text: string;
}

export interface OperationCheck {
  operation: string;
  valid: boolean;
  errors: string[];
}

export interface HealthieConnection {
  status: 'connected' | 'action_needed' | 'error';
  apiVersion: string;
  newestValidatedVersion: string;
  versionNotice: ApiVersionNotice | null;
  lastVersionChange: { from: string; to: string; at: string; automatic: boolean } | null;
  autoUpgrade: boolean;
  authorizationShard: string | null;
  statusReasonCode: string | null;
  statusReason: string | null;
  baseUrl: string | null;
  healthieUser: { id: string; name: string; email: string };
  apiKeyLast4: string;
  lastCheckedAt: string | null;
  lastCheckError: string | null;
  warnings: Array<{ code: string; message: string }>;
  connectedAt: string;
  updatedAt: string;
}

export interface HealthieProvider {
  id: string;
  name: string;
  email: string;
}

export interface HealthieAppointmentType {
  id: string;
  name: string;
  durationMinutes: number;
}

export interface SyncRun {
  id: string;
  calendarId: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: { fetched: number; created: number; updated: number; cancelled: number; unchanged: number; skipped?: number };
  /** How far a running sync is: appointments fetched of those Healthie said there are. */
  progress: { fetched: number; expected: number | null };
  requests: number;
  error: string | null;
}

export interface HealthiePatient {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export type MatchType = 'email' | 'phone';

/** A member as matching reports it: the contact details only. */
export type MatchedMember = Pick<Member, 'id' | 'firstName' | 'lastName' | 'email' | 'phone' | 'phoneDisplay' | 'externalId'>;

export type Ambiguity = 'several_patients' | 'several_members' | 'patient_linked';

export interface MemberLink {
  memberId: string;
  patientId: string;
}

export interface MemberMatches {
  matches: Array<{ member: MatchedMember; patient: HealthiePatient; matchType: MatchType }>;
  ambiguous: Array<{ member: MatchedMember; candidates: HealthiePatient[]; matchType: MatchType; reasons: Ambiguity[] }>;
  /** Links whose patient Healthie no longer has. */
  flaggedLinks: MemberLink[];
  requests: number;
}

export interface LinkResult extends MemberLink {
  status: 'linked' | 'already_linked' | 'conflict' | 'not_found';
  code: string;
  message: string;
}

export interface LinkedMember extends Member {
  patientId: string;
  /** Set when matching last found no such patient in Healthie. */
  flag: { reason: 'patient_missing' | 'patient_archived'; flaggedAt: string } | null;
}
