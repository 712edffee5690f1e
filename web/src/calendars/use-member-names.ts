import { useQueries } from '@tanstack/react-query';
import { api } from '../api/api.ts';
import type { Member } from '../api/api-types.ts';
import { memberName } from '../members/member-name.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

// Names change rarely; an event's face need not re-read them on every view change.
const NAMES_STALE_MS = 5 * 60_000;

// One function for every render, so the map is only rebuilt when an answer arrives.
const namesById = (results: Array<{ data?: Member | undefined }>) =>
  new Map(results.flatMap((r) => (r.data ? [[r.data.id, memberName(r.data)] as const] : [])));

/** The names of these members, by id, as their answers arrive (shared with the members' own pages). */
export function useMemberNames(memberIds: string[]): Map<string, string> {
  const { ws } = useWorkspace();
  return useQueries({
    queries: [...new Set(memberIds)].map((id) =>
      api.queryOptions('get', '/api/v1/workspaces/{ws}/members/{id}', { params: { path: { ws, id } } }, { staleTime: NAMES_STALE_MS }),
    ),
    combine: namesById,
  });
}
