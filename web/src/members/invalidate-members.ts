import { invalidate } from '../api/invalidate.ts';

/** After members were added, changed or imported: the lists and pages that show them (a changed patient link shows in the Healthie lists too). */
export const invalidateMembers = () =>
  invalidate(
    '/api/v1/workspaces/{ws}/members',
    '/api/v1/workspaces/{ws}/members/{id}',
    '/api/v1/workspaces/{ws}/healthie/member-links',
    '/api/v1/workspaces/{ws}/healthie/member-matches/rejections',
  );
