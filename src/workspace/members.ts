import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.ts';
import { recordAudit, type Actor } from './audit.ts';
import { memberFields, members } from '../db/schema.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import { MAX_FIELDS_PER_MEMBER } from './member-fields.ts';
import type { MemberChanges } from './member-input.ts';
import { normalizePhone } from './phone.ts';

type MemberRow = typeof members.$inferSelect;

export interface Member {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  phoneDisplay: string | null;
  externalId: string | null;
  labels: string[];
  fields: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
}

export type MemberInput = MemberChanges;

export const emailKey = (email: string) => email.trim().toLowerCase();

/** Column values for a member's contact details; a phone that is not a number is refused. */
export function contactColumns(input: MemberInput, phoneRegion: string) {
  const values: Partial<typeof members.$inferInsert> = {};
  if (input.firstName !== undefined) values.firstName = input.firstName.trim();
  if (input.lastName !== undefined) values.lastName = input.lastName.trim();
  if (input.email !== undefined) {
    const email = input.email?.trim() || null;
    values.email = email;
    values.emailKey = email ? emailKey(email) : null;
  }
  if (input.phone !== undefined) {
    const display = input.phone?.trim() || null;
    const phone = display ? normalizePhone(display, phoneRegion) : null;
    if (display && !phone) throw badRequest('phone is not a phone number', 'invalid_phone');
    values.phone = phone;
    values.phoneDisplay = display;
  }
  if (input.externalId !== undefined) values.externalId = input.externalId?.trim() || null;
  if (input.labels !== undefined) values.labels = [...new Set(input.labels.map((l) => l.trim()).filter(Boolean))];
  return values;
}

export async function createMember(
  tx: Tx,
  workspaceId: string,
  input: MemberInput & { firstName: string },
  phoneRegion: string,
): Promise<Member> {
  const values = contactColumns(input, phoneRegion);
  await assertExternalIdFree(tx, workspaceId, values.externalId ?? null, null);
  const [row] = await tx
    .insert(members)
    .values({ ...values, firstName: values.firstName!, workspaceId })
    .returning();
  return toMember(row!, {});
}

export async function getMember(tx: Tx, workspaceId: string, memberId: string): Promise<Member> {
  const [row] = await tx
    .select()
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.id, memberId)));
  if (!row) throw notFound('Member');
  const fields = await fieldsOf(tx, [row.id]);
  return toMember(row, fields.get(row.id) ?? {});
}

export async function updateMember(
  tx: Tx,
  workspaceId: string,
  memberId: string,
  input: MemberInput & { fields?: Record<string, string | null> },
  phoneRegion: string,
): Promise<Member> {
  const current = await getMember(tx, workspaceId, memberId);
  const values = contactColumns(input, phoneRegion);
  if (values.externalId !== undefined) await assertExternalIdFree(tx, workspaceId, values.externalId, memberId);
  if (Object.keys(values).length > 0) {
    await tx
      .update(members)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(members.workspaceId, workspaceId), eq(members.id, current.id)));
  }
  const fields = Object.entries(input.fields ?? {});
  for (const [key, value] of fields) await setMemberField(tx, workspaceId, memberId, key, value);
  if (fields.length > 0) await assertFieldCount(tx, memberId);
  return getMember(tx, workspaceId, memberId);
}

/** Deletes a member of the workspace (fields, links and rejections go with it), audited. */
export async function deleteMember(db: Db, input: { workspaceId: string; actor: Actor; memberId: string }): Promise<void> {
  const { workspaceId, memberId } = input;
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(members)
      .where(and(eq(members.workspaceId, workspaceId), eq(members.id, memberId)))
      .returning({ id: members.id });
    if (deleted.length === 0) throw notFound('Member');
    await recordAudit(tx, { workspaceId, actor: input.actor, action: 'member.deleted', target: { type: 'member', id: memberId } });
  });
}

/** Sets or (with null) removes one field. */
export async function setMemberField(
  tx: Tx,
  workspaceId: string,
  memberId: string,
  key: string,
  value: string | null,
): Promise<void> {
  if (value === null) {
    await tx.delete(memberFields).where(and(eq(memberFields.memberId, memberId), eq(memberFields.key, key)));
    return;
  }
  await tx
    .insert(memberFields)
    .values({ workspaceId, memberId, key, value })
    .onConflictDoUpdate({ target: [memberFields.memberId, memberFields.key], set: { value, updatedAt: new Date() } });
}

export interface MemberQuery {
  search?: string;
  /** Only members that carry this field (e.g. linked to Healthie). */
  hasField?: string;
  /** Only members with this email (compared as stored: trimmed, any case). */
  email?: string;
  /** Only members with this phone in E.164; null (text that is no phone number) matches none. */
  phone?: string | null;
  limit: number;
  offset: number;
}

export async function listMembers(
  tx: Tx,
  workspaceId: string,
  query: MemberQuery,
): Promise<{ members: Member[]; total: number }> {
  const conditions: SQL[] = [eq(members.workspaceId, workspaceId)];
  if (query.search) {
    const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = query.search.replace(/\D/g, '');
    conditions.push(
      or(
        ilike(sql`${members.firstName} || ' ' || ${members.lastName}`, pattern),
        ilike(members.email, pattern),
        ilike(members.externalId, pattern),
        ...(digits.length >= 3 ? [ilike(members.phone, `%${digits}%`)] : []),
      )!,
    );
  }
  if (query.email !== undefined) conditions.push(eq(members.emailKey, emailKey(query.email)));
  if (query.phone !== undefined) conditions.push(query.phone === null ? sql`false` : eq(members.phone, query.phone));
  if (query.hasField) {
    conditions.push(
      inArray(
        members.id,
        tx
          .select({ id: memberFields.memberId })
          .from(memberFields)
          .where(and(eq(memberFields.workspaceId, workspaceId), eq(memberFields.key, query.hasField))),
      ),
    );
  }
  const where = and(...conditions);
  const [totals] = await tx.select({ n: count() }).from(members).where(where);
  const rows = await tx
    .select()
    .from(members)
    .where(where)
    .orderBy(asc(members.lastName), asc(members.firstName), asc(members.id))
    .limit(query.limit)
    .offset(query.offset);
  const fields = await fieldsOf(
    tx,
    rows.map((r) => r.id),
  );
  return { members: rows.map((r) => toMember(r, fields.get(r.id) ?? {})), total: Number(totals?.n ?? 0) };
}

export async function fieldsOf(tx: Tx, memberIds: string[]): Promise<Map<string, Record<string, string>>> {
  const byMember = new Map<string, Record<string, string>>();
  if (memberIds.length === 0) return byMember;
  const rows = await tx.select().from(memberFields).where(inArray(memberFields.memberId, memberIds));
  for (const row of rows) {
    const fields = byMember.get(row.memberId) ?? {};
    fields[row.key] = row.value;
    byMember.set(row.memberId, fields);
  }
  return byMember;
}

async function assertFieldCount(tx: Tx, memberId: string): Promise<void> {
  const [row] = await tx.select({ n: count() }).from(memberFields).where(eq(memberFields.memberId, memberId));
  if (Number(row?.n ?? 0) > MAX_FIELDS_PER_MEMBER) {
    throw badRequest(`A member holds at most ${MAX_FIELDS_PER_MEMBER} fields; remove some first`, 'too_many_fields');
  }
}

async function assertExternalIdFree(tx: Tx, workspaceId: string, externalId: string | null, self: string | null) {
  if (!externalId) return;
  const [holder] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.externalId, externalId)));
  if (holder && holder.id !== self) throw conflict('Another member already has that external id');
}

export function toMember(row: MemberRow, fields: Record<string, string>): Member {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    phone: row.phone,
    phoneDisplay: row.phoneDisplay,
    externalId: row.externalId,
    labels: row.labels,
    fields,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
