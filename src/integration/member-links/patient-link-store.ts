import { and, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { textList } from '../../db/text-list.ts';
import { calendarEvents, memberFields, memberLinkBatches } from '../../db/schema.ts';
import { chunks } from '../../platform/chunks.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { pairKey, type MatchPair } from './match-pair.ts';

/**
 * The one place that reads and writes a member's Healthie link: the `healthie:patient_id` field,
 * and the synced appointments attached to the member through it. Linking attaches the events of
 * that patient in the same transaction; unlinking detaches them, whether or not their calendar is
 * still linked, so a patient's appointments never show under a member no longer linked to them.
 */
export const HEALTHIE_PATIENT_ID = 'healthie:patient_id';

const isLink = eq(memberFields.key, HEALTHIE_PATIENT_ID);

/**
 * The member linked to a patient, as a scalar subquery for a statement that writes events
 * (`patientId` an SQL expression of the patient's id), so the member is read as the statement runs.
 * The key is a literal, so that the planner can always use the partial index of links.
 */
export const linkedMemberOf = (workspaceId: string, patientId: SQL): SQL =>
  sql`(select f.member_id from member_fields f where f.workspace_id = ${workspaceId}::uuid and f.key = ${sql.raw(`'${HEALTHIE_PATIENT_ID}'`)} and f.value = ${patientId})`;

/** Healthie patient id -> the member linked to it, for a whole workspace. */
export async function linkedPatients(tx: Tx, workspaceId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ memberId: memberFields.memberId, patientId: memberFields.value })
    .from(memberFields)
    .where(and(eq(memberFields.workspaceId, workspaceId), isLink));
  return new Map(rows.map((row) => [row.patientId, row.memberId]));
}

export async function linkedPatientOf(tx: Tx, workspaceId: string, memberId: string): Promise<string | null> {
  const [row] = await tx
    .select({ patientId: memberFields.value })
    .from(memberFields)
    .where(and(eq(memberFields.workspaceId, workspaceId), eq(memberFields.memberId, memberId), isLink));
  return row?.patientId ?? null;
}

/**
 * The members linked to these patients: patient id -> member id. Each sync page asks this, so plain
 * SQL with the ids as one JSON parameter: the query builder's one parameter per id cost a page half
 * as much again as the lookup itself on PGlite.
 */
export async function membersOfPatients(tx: Tx, workspaceId: string, patientIds: readonly string[]): Promise<Map<string, string>> {
  const result = await tx.execute(sql`
    select ${memberFields.value} as patient_id, ${memberFields.memberId} as member_id from ${memberFields}
     where ${memberFields.workspaceId} = ${workspaceId} and ${isLink}
       and ${memberFields.value} = any(array${textList(new Set(patientIds))})`);
  // Both drivers answer raw SQL with { rows }.
  const { rows } = result as unknown as { rows: Array<{ patient_id: string; member_id: string }> };
  return new Map(rows.map((row) => [row.patient_id, row.member_id]));
}

/** Every link touching these members or these patients. */
export async function linksTouching(
  tx: Tx,
  workspaceId: string,
  touching: { memberIds: readonly string[]; patientIds: readonly string[] },
): Promise<MatchPair[]> {
  const links = new Map<string, MatchPair>();
  const collect = async (column: typeof memberFields.memberId | typeof memberFields.value, ids: readonly string[]) => {
    for (const slice of chunks([...new Set(ids)], 1_000)) {
      const rows = await tx
        .select({ memberId: memberFields.memberId, patientId: memberFields.value })
        .from(memberFields)
        .where(and(eq(memberFields.workspaceId, workspaceId), isLink, inArray(column, slice)));
      for (const row of rows) links.set(pairKey(row), row);
    }
  };
  await collect(memberFields.memberId, touching.memberIds);
  await collect(memberFields.value, touching.patientIds);
  return [...links.values()];
}

/**
 * Writes links and attaches each patient's synced events to its member. A member or patient linked
 * meanwhile keeps its link (the unique indexes decide); returns the links actually written.
 */
export async function writeLinks(tx: Tx, workspaceId: string, pairs: readonly MatchPair[]): Promise<MatchPair[]> {
  const written: MatchPair[] = [];
  for (const slice of chunks(pairs, 1_000)) {
    const rows = await tx
      .insert(memberFields)
      .values(slice.map((pair) => ({ workspaceId, memberId: pair.memberId, key: HEALTHIE_PATIENT_ID, value: pair.patientId })))
      .onConflictDoNothing()
      .returning({ memberId: memberFields.memberId, patientId: memberFields.value });
    written.push(...rows);
  }
  await attachEvents(tx, workspaceId, written);
  return written;
}

/** Removes a member's link and detaches the events it brought; returns the patient it was linked to. */
export async function removeLink(tx: Tx, workspaceId: string, memberId: string): Promise<string | null> {
  const [removed] = await tx
    .delete(memberFields)
    .where(and(eq(memberFields.workspaceId, workspaceId), eq(memberFields.memberId, memberId), isLink))
    .returning({ patientId: memberFields.value });
  if (!removed) return null;
  await detachEvents(tx, workspaceId, [memberId]);
  return removed.patientId;
}

/**
 * Removes the links a Link All batch made, where they still stand as it wrote them: a link written
 * after the batch (by anyone, for the same pair too) is a newer decision and stays. Returns those removed.
 */
export async function removeBatchLinks(tx: Tx, workspaceId: string, batchId: string, pairs: readonly MatchPair[]): Promise<MatchPair[]> {
  const removed: MatchPair[] = [];
  // Compared in the database: its timestamps are finer than a JavaScript date.
  const batchWrittenAt = sql`(select ${memberLinkBatches.createdAt} from ${memberLinkBatches} where ${memberLinkBatches.id} = ${batchId})`;
  for (const slice of chunks(pairs, 1_000)) {
    const rows = await tx
      .delete(memberFields)
      .where(
        and(
          eq(memberFields.workspaceId, workspaceId),
          isLink,
          lte(memberFields.updatedAt, batchWrittenAt),
          or(...slice.map((pair) => and(eq(memberFields.memberId, pair.memberId), eq(memberFields.value, pair.patientId)))),
        ),
      )
      .returning({ memberId: memberFields.memberId, patientId: memberFields.value });
    removed.push(...rows);
  }
  if (removed.length > 0) await detachEvents(tx, workspaceId, removed.map((r) => r.memberId));
  return removed;
}

/** Removes every link of a workspace (moving to another Healthie organization); returns how many. */
export async function removeAllLinks(tx: Tx, workspaceId: string): Promise<number> {
  const removed = await tx
    .delete(memberFields)
    .where(and(eq(memberFields.workspaceId, workspaceId), isLink))
    .returning({ memberId: memberFields.memberId });
  await tx
    .update(calendarEvents)
    .set({ memberId: null, updatedAt: new Date() })
    .where(and(eq(calendarEvents.workspaceId, workspaceId), eq(calendarEvents.externalSource, HEALTHIE_SOURCE), sql`${calendarEvents.memberId} is not null`));
  return removed.length;
}

async function attachEvents(tx: Tx, workspaceId: string, links: readonly MatchPair[]): Promise<void> {
  for (const slice of chunks(links, 1_000)) {
    if (slice.length === 0) continue;
    await tx.execute(sql`
      update calendar_events e set member_id = x.member_id, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(slice.map((l) => ({ member_id: l.memberId, patient_id: l.patientId })))}::jsonb)
             as x(member_id uuid, patient_id text)
       where e.workspace_id = ${workspaceId} and e.external_source = ${HEALTHIE_SOURCE}
         and e.external_patient_id = x.patient_id and e.member_id is distinct from x.member_id`);
  }
}

async function detachEvents(tx: Tx, workspaceId: string, memberIds: readonly string[]): Promise<void> {
  await tx
    .update(calendarEvents)
    .set({ memberId: null, updatedAt: new Date() })
    .where(and(eq(calendarEvents.workspaceId, workspaceId), eq(calendarEvents.externalSource, HEALTHIE_SOURCE), inArray(calendarEvents.memberId, [...memberIds])));
}
