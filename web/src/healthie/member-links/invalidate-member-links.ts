import { invalidate } from '../../api/invalidate.ts';

/** After members were linked to patients or unlinked: the link lists, the members' own pages, the events attached to them and the "Not a match" decisions a link takes back. */
export const invalidateMemberLinks = () =>
  invalidate(
    '/api/v1/workspaces/{ws}/healthie/member-links',
    '/api/v1/workspaces/{ws}/healthie/member-matches/rejections',
    '/api/v1/workspaces/{ws}/members',
    '/api/v1/workspaces/{ws}/members/{id}',
    '/api/v1/workspaces/{ws}/members/{id}/events',
    '/api/v1/workspaces/{ws}/calendars/{id}/events',
  );
