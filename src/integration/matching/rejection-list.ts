import { and, asc, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/database.ts';
import { memberMatchRejections, members } from '../../db/schema.ts';
import { pagination } from '../../platform/pagination.ts';
import type { Member } from '../../workspace/members.ts';

export const rejectionListQuery = z.object(pagination);

export interface RejectedMatch {
  member: Pick<Member, 'id' | 'firstName' | 'lastName' | 'email' | 'phone'>;
  patientId: string;
  /** Who decided, by the id the audit log names them with; absent when it was not stored. */
  actorId?: string;
  decidedAt: Date;
}

/** A workspace's "not a match" decisions, newest first, paged, with how many there are in all. */
export async function listRejections(
  tx: Tx,
  workspaceId: string,
  query: z.infer<typeof rejectionListQuery>,
): Promise<{ rejections: RejectedMatch[]; total: number }> {
  const inWorkspace = eq(memberMatchRejections.workspaceId, workspaceId);
  const rows = await tx
    .select({
      member: { id: members.id, firstName: members.firstName, lastName: members.lastName, email: members.email, phone: members.phone },
      patientId: memberMatchRejections.patientId,
      decidedBy: memberMatchRejections.decidedBy,
      decidedAt: memberMatchRejections.createdAt,
    })
    .from(memberMatchRejections)
    .innerJoin(members, and(eq(members.id, memberMatchRejections.memberId), eq(members.workspaceId, memberMatchRejections.workspaceId)))
    .where(inWorkspace)
    // Member and patient break ties between decisions of the same instant, so pages neither repeat nor skip one.
    .orderBy(desc(memberMatchRejections.createdAt), asc(memberMatchRejections.memberId), asc(memberMatchRejections.patientId))
    .limit(query.limit)
    .offset(query.offset);
  const [counted] = await tx.select({ total: count() }).from(memberMatchRejections).where(inWorkspace);
  return {
    rejections: rows.map(({ decidedBy, ...rejection }) => ({ ...rejection, ...(decidedBy ? { actorId: decidedBy } : {}) })),
    total: counted?.total ?? 0,
  };
}
