import { invalidate } from '../../api/invalidate.ts';

/** After a "Not a match" was made or taken back. */
export const invalidateRejections = () => invalidate('/api/v1/workspaces/{ws}/healthie/member-matches/rejections');
