import { invalidate } from '../../api/invalidate.ts';

/**
 * After the connection changed (connected, reconfigured, checked, switched, disconnected): its
 * status and details, the directory, and what Healthie data goes through it.
 */
export const invalidateConnection = () =>
  invalidate(
    '/api/v1/workspaces/{ws}/connections/healthie',
    '/api/v1/workspaces/{ws}/connections/healthie/status',
    '/api/v1/workspaces/{ws}/app-connections',
    '/api/v1/workspaces/{ws}/healthie/providers',
    '/api/v1/workspaces/{ws}/healthie/appointment-types',
    '/api/v1/workspaces/{ws}/calendars',
    '/api/v1/workspaces/{ws}/calendars/{id}',
    '/api/v1/workspaces/{ws}/healthie/member-links',
  );
