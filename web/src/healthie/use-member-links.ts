import { api } from '../api/client.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

export interface MemberLink {
  memberId: string;
  patientId: string;
}

/** Creating and removing member-patient links. */
export function useMemberLinks() {
  const { apiPath } = useWorkspace();
  return {
    link: (links: MemberLink[]) => api.post(apiPath('healthie/member-links'), links),
    unlink: (memberId: string) => api.delete(apiPath(`healthie/member-links/${memberId}`)),
  };
}
