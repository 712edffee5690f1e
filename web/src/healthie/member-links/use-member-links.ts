import { api } from '../../api/client.ts';
import type { LinkResult, MemberLink } from '../../api/types.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** Linking, unlinking and "Not a match" decisions between members and Healthie patients. */
export function useMemberLinks() {
  const { apiPath } = useWorkspace();
  return {
    link: (links: MemberLink[]) => api.post<LinkResult[]>(apiPath('healthie/member-links'), links),
    unlink: (memberId: string) => api.delete(apiPath(`healthie/member-links/${memberId}`)),
    reject: (pair: MemberLink) => api.post(apiPath('healthie/member-matches/rejections'), pair),
  };
}
