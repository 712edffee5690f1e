// Stand-in for the push-to-Healthie routes (issue 14) until the server's OpenAPI document has them.
// Once `npm run api:types` brings them into schema.ts: delete this file, and import `paths` from
// schema.ts again where `ApiPaths` is imported (fetch-client.ts, api-types.ts).
import type { paths } from './schema.ts';

type Ws = '/api/v1/workspaces/{ws}';
type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Failures = Pick<paths[`${Ws}/calendars/{id}`]['get']['responses'], '4XX' | '5XX'>;
type AnswerOf<Operation extends { responses: { 200: Json<unknown> } }> = Operation['responses'][200]['content']['application/json'];
type Params<Path> = { query?: never; header?: never; path: Path; cookie?: never };
type CalendarPath = { ws: string; id: string };
type EventPath = CalendarPath & { eventId: string };

/** A GET whose answer gained fields. */
type Extended<Operation extends { responses: { 200: Json<unknown> } }, Answer> = Omit<Operation, 'responses'> & { responses: { 200: Json<Answer> } & Failures };
type Write<Path, Body, Status extends number, Answer> = {
  parameters: Params<Path>;
  requestBody: { content: { 'application/json': Body } };
  responses: { [S in Status]: Json<Answer> } & Failures;
};

type CalendarEvents = paths[`${Ws}/calendars/{id}/events`];
type MemberEvents = paths[`${Ws}/members/{id}/events`];
type EventTypes = paths[`${Ws}/calendars/{id}/event-types`];
type HealthieLink = paths[`${Ws}/calendars/{id}/healthie-link`];

type Pushed = {
  notes: string | null;
  push: null | { state: 'pending' | 'pushed' | 'failed'; attempts: number; error: string | null; errorCode: string | null; updatedAt: string };
  conflict: null | { winner: 'healthie' | 'workspace'; at: string; lost: string };
};
type Event = AnswerOf<CalendarEvents['get']>[number] & Pushed;
type Push = { pushChanges: boolean; cancelAs: 'cancelled' | 'deleted'; conflicts: 'healthie' | 'workspace'; enforceAvailability: boolean };
type Booking = { memberId: string; eventTypeId: string; startsAt: string; contactType?: string; locationId?: string; notes?: string };
type InternalEvent = CalendarEvents['post']['requestBody']['content']['application/json'];

interface Overrides {
  '/api/v1/workspaces/{ws}/calendars/{id}/events': Omit<CalendarEvents, 'get' | 'post'> & {
    get: Extended<CalendarEvents['get'], Event[]>;
    post: Write<CalendarPath, InternalEvent | Booking, 201, Event>;
  };
  '/api/v1/workspaces/{ws}/calendars/{id}/events/{eventId}': {
    patch: Write<EventPath, { startsAt?: string; status?: 'cancelled'; contactType?: string; notes?: string }, 200, Event>;
  };
  '/api/v1/workspaces/{ws}/calendars/{id}/events/{eventId}/push/retry': { post: Omit<Write<EventPath, never, 202, Event>, 'requestBody'> };
  '/api/v1/workspaces/{ws}/members/{id}/events': Omit<MemberEvents, 'get'> & {
    get: Extended<MemberEvents['get'], Array<AnswerOf<MemberEvents['get']>[number] & Pushed>>;
  };
  '/api/v1/workspaces/{ws}/calendars/{id}/event-types': Omit<EventTypes, 'get'> & {
    get: Extended<EventTypes['get'], Array<AnswerOf<EventTypes['get']>[number] & { contactTypes: string[] }>>;
  };
  '/api/v1/workspaces/{ws}/calendars/{id}/healthie-link': Omit<HealthieLink, 'patch'> & {
    patch: Write<CalendarPath, Partial<Push>, 200, { calendar: AnswerOf<paths[`${Ws}/calendars/{id}`]['get']>; push: Push }>;
  };
}

export type ApiPaths = Omit<paths, keyof Overrides> & Overrides;
