import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { LinkResult, MemberLink, MemberMatches } from '../../api/types.ts';
import { useAction } from '../../ui/use-action.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { useMemberLinks } from '../member-links/use-member-links.ts';

const pairKey = (pair: MemberLink) => `${pair.memberId}:${pair.patientId}`;

/**
 * One round of Find Matching Records: the proposals, and what the person decided about them in
 * this dialog (linked members drop out; a "Not a match" drops that one pairing).
 */
export function useMatchSession(onLinked: () => void) {
  const { apiPath } = useWorkspace();
  const links = useMemberLinks();
  const [result, setResult] = useState<MemberMatches | null>(null);
  const [linkedMembers, setLinkedMembers] = useState<ReadonlySet<string>>(new Set());
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<LinkResult[]>([]);

  const find = useAction(async () => {
    setResult(await api.post<MemberMatches>(apiPath('healthie/member-matches')));
    setLinkedMembers(new Set());
    setRejected(new Set());
    setFailures([]);
  });
  const link = useAction(async (pairs: MemberLink[]) => {
    const results = await links.link(pairs);
    const done = results.filter((r) => r.status === 'linked' || r.status === 'already_linked');
    setLinkedMembers((previous) => new Set([...previous, ...done.map((r) => r.memberId)]));
    setFailures(results.filter((r) => r.status === 'conflict' || r.status === 'not_found'));
    onLinked();
  });
  const reject = useAction(async (pair: MemberLink) => {
    await links.reject(pair);
    setRejected((previous) => new Set([...previous, pairKey(pair)]));
  });

  const open = (memberId: string) => !linkedMembers.has(memberId);
  const matches = (result?.matches ?? []).filter((m) => open(m.member.id) && !rejected.has(pairKey({ memberId: m.member.id, patientId: m.patient.id })));
  const ambiguous = (result?.ambiguous ?? [])
    .filter((a) => open(a.member.id))
    .map((a) => ({ ...a, candidates: a.candidates.filter((p) => !rejected.has(pairKey({ memberId: a.member.id, patientId: p.id }))) }))
    .filter((a) => a.candidates.length > 0);

  return {
    result,
    matches,
    ambiguous,
    linkedCount: linkedMembers.size,
    failures,
    find,
    link,
    reject,
    reset() {
      setResult(null);
      find.reset();
      link.reset();
      reject.reset();
    },
  };
}
