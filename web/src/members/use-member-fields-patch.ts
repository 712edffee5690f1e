import { api } from '../api/client.ts';
import type { Member } from '../api/types.ts';
import { useAction } from '../ui/use-action.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** Sets member fields (a null value removes the field), then tells the page to reload. */
export function useMemberFieldsPatch(memberId: string, onSaved: () => void) {
  const { apiPath } = useWorkspace();
  return useAction(async (fields: Record<string, string | null>) => {
    const member = await api.patch<Member>(apiPath(`members/${memberId}`), { fields });
    onSaved();
    return member;
  });
}
