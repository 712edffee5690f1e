import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/api.ts';
import { fetchClient } from '../../api/fetch-client.ts';
import type { LinkResult, MemberLink } from '../../api/api-types.ts';
import { invalidate } from '../../api/invalidate.ts';
import { notifyDone } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { invalidateMemberLinks } from '../member-links/invalidate-member-links.ts';

const pairKey = (pair: MemberLink) => `${pair.memberId}:${pair.patientId}`;
const plural = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/**
 * One round of Find Matching Records: the proposals, and what the person decided about them in
 * this dialog (linked members drop out; a "Not a match" drops that one pairing).
 */
export function useMatchSession() {
  const { ws } = useWorkspace();
  const params = { params: { path: { ws } } };
  const [linkedMembers, setLinkedMembers] = useState<ReadonlySet<string>>(new Set());
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<LinkResult[]>([]);
  // The last Link All, which one Undo takes back (for a while: the server says how long).
  const [lastBatch, setLastBatch] = useState<{ id: string; linked: number } | null>(null);
  // Matches with something to check that the person chose to let Link All take.
  const [included, setIncluded] = useState<ReadonlySet<string>>(new Set());

  const find = api.useMutation('post', '/api/v1/workspaces/{ws}/healthie/member-matches', {
    onSuccess: () => {
      setLinkedMembers(new Set());
      setRejected(new Set());
      setFailures([]);
      setIncluded(new Set());
      // Matching also flags links whose patient Healthie no longer has.
      return invalidate('/api/v1/workspaces/{ws}/healthie/member-links');
    },
  });
  const link = useMutation({
    // The answer's header names the Link All batch that Undo takes back.
    mutationFn: async (pairs: MemberLink[]) => {
      const { data, response } = await fetchClient.POST('/api/v1/workspaces/{ws}/healthie/member-links', { ...params, body: pairs });
      return { results: data!, batchId: response.headers.get('x-link-batch') };
    },
    onSuccess: ({ results, batchId }) => {
      const done = results.filter((r) => r.status === 'linked' || r.status === 'already_linked');
      setLinkedMembers((previous) => new Set([...previous, ...done.map((r) => r.memberId)]));
      setFailures(results.filter((r) => r.status === 'conflict' || r.status === 'not_found'));
      if (batchId) setLastBatch({ id: batchId, linked: results.filter((r) => r.status === 'linked').length });
      if (done.length > 0) notifyDone(`Linked ${plural(done.length)} to Healthie patients.`);
      return invalidateMemberLinks();
    },
  });
  const undo = api.useMutation('post', '/api/v1/workspaces/{ws}/healthie/member-links/batches/{batchId}/undo', {
    onSuccess: ({ undone, kept }) => {
      const back = new Set(undone.map((pair) => pair.memberId));
      setLinkedMembers((previous) => new Set([...previous].filter((id) => !back.has(id))));
      setLastBatch(null);
      notifyDone(`Took back ${undone.length} ${undone.length === 1 ? 'link' : 'links'}${kept > 0 ? `; ${kept} changed since or too old, kept` : ''}.`);
      return invalidateMemberLinks();
    },
  });
  const reject = api.useMutation('post', '/api/v1/workspaces/{ws}/healthie/member-matches/rejections', {
    onSuccess: (_answer, { body }) => setRejected((previous) => new Set([...previous, pairKey(body)])),
  });

  const result = find.data;
  const open = (memberId: string) => !linkedMembers.has(memberId);
  const matches = (result?.matches ?? []).filter((m) => open(m.member.id) && !rejected.has(pairKey({ memberId: m.member.id, patientId: m.patient.id })));
  const ambiguous = (result?.ambiguous ?? [])
    .filter((a) => open(a.member.id))
    .map((a) => ({ ...a, candidates: a.candidates.filter((p) => !rejected.has(pairKey({ memberId: a.member.id, patientId: p.id }))) }))
    .filter((a) => a.candidates.length > 0);

  const forLinkAll = matches.filter((m) => m.concerns.length === 0 || included.has(m.member.id));

  return {
    result,
    matches,
    /** What Link All links: every match, less those with something to check that were not included. */
    forLinkAll,
    isIncluded: (memberId: string) => included.has(memberId),
    include(memberId: string, include: boolean) {
      setIncluded((previous) => {
        const next = new Set(previous);
        if (include) next.add(memberId);
        else next.delete(memberId);
        return next;
      });
    },
    ambiguous,
    failures,
    find: () => find.mutate(params),
    finding: find.isPending,
    findError: find.error,
    link: (pairs: MemberLink[]) => link.mutate(pairs),
    lastBatch,
    undoLastBatch: () => lastBatch && undo.mutate({ params: { path: { ws, batchId: lastBatch.id } } }),
    undoing: undo.isPending,
    linking: link.isPending,
    reject: (pair: MemberLink) => reject.mutate({ ...params, body: pair }),
    decisionError: link.error ?? reject.error ?? undo.error,
    busy: link.isPending || reject.isPending || undo.isPending,
    reset() {
      find.reset();
      link.reset();
      undo.reset();
      setLastBatch(null);
      reject.reset();
    },
  };
}
