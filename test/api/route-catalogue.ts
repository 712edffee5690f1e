import type { Scope } from '../../src/workspace/scopes.ts';

/** Ids of the rows a route acts on, created in the workspace under test. */
export interface RouteTargets {
  memberId: string;
  calendarId: string;
  runId: string;
  /** A Healthie patient the member was marked "not a match" with. */
  patientId: string;
  /** A Link All of that member. */
  batchId: string;
  /** An event of the calendar. */
  eventId: string;
}

export interface CatalogueRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI-style path, with {ws} and the ids of RouteTargets. */
  path: string;
  /** null: any caller of the workspace. */
  scope: Scope | null;
  /** The route exists only in workspaces with Healthie enabled. */
  healthie?: true;
  /** Not under a workspace (the caller's own session and workspaces). */
  workspace?: false;
  /** Routes that take more than the default 64 KiB body. */
  bodyLimitKiB?: number;
  body?: (targets: RouteTargets) => unknown;
}

/** Every workspace route. The authorization test fails if the API grows a route missing here. */
export const workspaceRoutes: CatalogueRoute[] = [
  { method: 'GET', path: '/api/v1/workspaces/{ws}', scope: null },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/members', scope: 'members:read' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/members', scope: 'members:write', body: () => ({ firstName: 'New', lastName: 'Member' }) },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/members/{memberId}', scope: 'members:read' },
  { method: 'PATCH', path: '/api/v1/workspaces/{ws}/members/{memberId}', scope: 'members:write', body: () => ({ firstName: 'Changed' }) },
  { method: 'DELETE', path: '/api/v1/workspaces/{ws}/members/{memberId}', scope: 'members:admin' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/members/import', scope: 'members:write', bodyLimitKiB: 8 * 1024, body: () => [{ firstName: 'Imp', email: 'imp@example.com' }] },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/calendars', scope: 'calendars:read' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/calendars', scope: 'calendars:write', body: () => ({ name: 'New', timezone: 'UTC' }) },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}', scope: 'calendars:read' },
  { method: 'PATCH', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}', scope: 'calendars:write', body: () => ({ name: 'Renamed' }) },
  { method: 'DELETE', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}', scope: 'calendars:admin' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/events', scope: 'calendars:read' },
  {
    method: 'POST',
    path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/events',
    scope: 'calendars:write',
    body: () => ({ title: 'Visit', startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T10:30:00Z' }),
  },
  { method: 'PATCH', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/events/{eventId}', scope: 'calendars:write', body: () => ({ title: 'Renamed visit' }) },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/events/{eventId}/push/retry', healthie: true, scope: 'calendars:write' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/event-types', scope: 'calendars:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/members/{memberId}/events', scope: 'calendars:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/event-types', scope: 'calendars:read' },
  {
    method: 'POST',
    path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/event-types',
    scope: 'calendars:write',
    body: () => ({ name: 'Intake', durationMinutes: 45 }),
  },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/audit-log', scope: 'workspace:admin' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/app-connections', scope: null },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/connections/healthie', healthie: true, scope: 'integrations:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/connections/healthie/status', healthie: true, scope: null },
  {
    method: 'PUT',
    path: '/api/v1/workspaces/{ws}/connections/healthie',
    healthie: true,
    scope: 'integrations:admin',
    body: () => ({ apiKey: 'gh_sbox_not-a-real-key', baseUrl: 'http://127.0.0.1:1/graphql' }),
  },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/connections/healthie/check', healthie: true, scope: 'integrations:admin' },
  { method: 'PATCH', path: '/api/v1/workspaces/{ws}/connections/healthie', healthie: true, scope: 'integrations:admin', body: () => ({ autoUpgrade: false }) },
  {
    method: 'POST',
    path: '/api/v1/workspaces/{ws}/connections/healthie/version-check',
    healthie: true,
    scope: 'integrations:admin',
    body: () => ({ version: '2026-07-01' }),
  },
  { method: 'PUT', path: '/api/v1/workspaces/{ws}/connections/healthie/version', healthie: true, scope: 'integrations:admin', body: () => ({ version: '2026-07-01' }) },
  { method: 'DELETE', path: '/api/v1/workspaces/{ws}/connections/healthie', healthie: true, scope: 'integrations:admin' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/providers', healthie: true, scope: 'calendars:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/appointment-types', healthie: true, scope: 'calendars:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/calendar-links', healthie: true, scope: 'calendars:read' },
  { method: 'PUT', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/healthie-link', healthie: true, scope: 'calendars:admin', body: () => ({ providerId: '100001' }) },
  { method: 'PATCH', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/healthie-link', healthie: true, scope: 'calendars:admin', body: () => ({ pushChanges: true }) },
  { method: 'DELETE', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/healthie-link', healthie: true, scope: 'calendars:admin' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/sync', healthie: true, scope: 'calendars:write' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/sync-runs', healthie: true, scope: 'calendars:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/calendars/{calendarId}/sync-runs/{runId}', healthie: true, scope: 'calendars:read' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/healthie/member-matches', healthie: true, scope: 'members:write' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/member-matches/progress', healthie: true, scope: 'members:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/patients', healthie: true, scope: 'members:read' },
  {
    method: 'POST',
    path: '/api/v1/workspaces/{ws}/healthie/member-matches/rejections',
    healthie: true,
    scope: 'members:write',
    body: (t) => ({ memberId: t.memberId, patientId: '1001' }),
  },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/member-matches/rejections', healthie: true, scope: 'members:read' },
  { method: 'DELETE', path: '/api/v1/workspaces/{ws}/healthie/member-matches/rejections/{memberId}/{patientId}', healthie: true, scope: 'members:write' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/member-links', healthie: true, scope: 'members:read' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/healthie/member-links', healthie: true, scope: 'members:write', bodyLimitKiB: 2 * 1024, body: (t) => [{ memberId: t.memberId, patientId: '1001' }] },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/webhooks', healthie: true, scope: 'integrations:read' },
  { method: 'GET', path: '/api/v1/workspaces/{ws}/healthie/webhook-deliveries', healthie: true, scope: 'integrations:read' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/healthie/webhooks/reconcile', healthie: true, scope: 'integrations:admin' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/healthie/webhooks/rotate', healthie: true, scope: 'integrations:admin' },
  { method: 'DELETE', path: '/api/v1/workspaces/{ws}/healthie/member-links/{memberId}', healthie: true, scope: 'members:write' },
  { method: 'POST', path: '/api/v1/workspaces/{ws}/healthie/member-links/batches/{batchId}/undo', healthie: true, scope: 'members:write' },
];

/** The caller's own routes, outside any workspace. */
export const accountRoutes: CatalogueRoute[] = [
  { method: 'GET', path: '/api/v1/workspaces', scope: null, workspace: false },
  { method: 'GET', path: '/api/v1/session', scope: null, workspace: false },
  { method: 'DELETE', path: '/api/v1/session', scope: null, workspace: false },
];

export function routeUrl(route: CatalogueRoute, ws: string, targets: RouteTargets): string {
  return route.path
    .replace('{ws}', ws)
    .replace('{memberId}', targets.memberId)
    .replace('{calendarId}', targets.calendarId)
    .replace('{runId}', targets.runId)
    .replace('{patientId}', targets.patientId)
    .replace('{batchId}', targets.batchId)
    .replace('{eventId}', targets.eventId);
}
