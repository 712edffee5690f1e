// The API's shapes the UI names, taken from the generated schema (dates arrive as ISO strings).
import type { SuccessResponseJSON } from 'openapi-typescript-helpers';
import type { paths } from './schema.ts';

type Answer<Path extends keyof paths, Method extends keyof paths[Path]> = SuccessResponseJSON<paths[Path][Method] & Record<string, unknown>>;
type Item<List> = List extends ReadonlyArray<infer T> ? T : never;

type Ws = '/api/v1/workspaces/{ws}';

export type Session = Extract<Answer<'/api/v1/session', 'get'>, { kind: 'session' }>;
export type SessionWorkspace = Item<Session['workspaces']>;
export type WorkspaceDetails = Answer<Ws, 'get'>;

export type Member = Answer<`${Ws}/members/{id}`, 'get'>;
export type ImportResult = Answer<`${Ws}/members/import`, 'post'>;

export type Calendar = Answer<`${Ws}/calendars/{id}`, 'get'>;
export type CalendarEvent = Item<Answer<`${Ws}/calendars/{id}/events`, 'get'>>;
export type EventStatus = CalendarEvent['status'];
export type EventType = Item<Answer<`${Ws}/calendars/{id}/event-types`, 'get'>>;
export type MemberEvent = Item<Answer<`${Ws}/members/{id}/events`, 'get'>>;
export type EventPush = NonNullable<CalendarEvent['push']>;
export type EventConflict = NonNullable<CalendarEvent['conflict']>;

export type AppConnection = Item<Answer<`${Ws}/app-connections`, 'get'>>;
export type HealthieConnectionStatus = Answer<`${Ws}/connections/healthie/status`, 'get'>;
export type HealthieConnection = Answer<`${Ws}/connections/healthie`, 'get'>;
export type OperationCheck = Item<Answer<`${Ws}/connections/healthie/version-check`, 'post'>>;
export type HealthieProvider = Item<Answer<`${Ws}/healthie/providers`, 'get'>>;
export type HealthieAppointmentType = Item<Answer<`${Ws}/healthie/appointment-types`, 'get'>>;
export type PushSettings = Answer<`${Ws}/calendars/{id}/healthie-link`, 'patch'>['push'];
export type SyncRun = Item<Answer<`${Ws}/calendars/{id}/sync-runs`, 'get'>>;
export type WebhookHealth = Answer<`${Ws}/healthie/webhooks`, 'get'>;
export type WebhookDelivery = Item<Answer<`${Ws}/healthie/webhook-deliveries`, 'get'>>;

export type MemberMatches = Answer<`${Ws}/healthie/member-matches`, 'post'>;
export type MatchProgress = Answer<`${Ws}/healthie/member-matches/progress`, 'get'>;
export type HealthiePatientDetails = Item<Answer<`${Ws}/healthie/patients`, 'get'>>;
export type MatchedMember = Item<MemberMatches['matches']>['member'];
export type HealthiePatient = Item<MemberMatches['matches']>['patient'];
export type MatchType = Item<MemberMatches['matches']>['matchType'];
export type MatchConcern = Item<Item<MemberMatches['matches']>['concerns']>;
export type Ambiguity = Item<Item<MemberMatches['ambiguous']>['reasons']>;
export type LinkResult = Item<Answer<`${Ws}/healthie/member-links`, 'post'>>;
export type MemberLink = Pick<LinkResult, 'memberId' | 'patientId'>;
export type LinkedMember = Item<Answer<`${Ws}/healthie/member-links`, 'get'>>;
export type RejectedMatch = Item<Answer<`${Ws}/healthie/member-matches/rejections`, 'get'>>;
