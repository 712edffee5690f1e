import { api } from '../api/api.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { invalidateMembers } from './invalidate-members.ts';

/** Sets member fields (a null value removes the field). */
export function useMemberFieldsPatch(memberId: string) {
  const { ws } = useWorkspace();
  const patch = api.useMutation('patch', '/api/v1/workspaces/{ws}/members/{id}', { onSuccess: invalidateMembers });
  return {
    save: (fields: Record<string, string | null>, onSaved?: () => void) =>
      patch.mutate({ params: { path: { ws, id: memberId } }, body: { fields } }, { onSuccess: onSaved }),
    /** As save, settling when the server answered (for a confirmation that closes on success). */
    saveAsync: (fields: Record<string, string | null>) => patch.mutateAsync({ params: { path: { ws, id: memberId } }, body: { fields } }),
    busy: patch.isPending,
    error: patch.error,
  };
}

export type MemberFieldsPatch = ReturnType<typeof useMemberFieldsPatch>;
