import { and, eq, inArray, or } from 'drizzle-orm';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db, Tx } from '../db/database.ts';
import { holdTransactionLock } from '../db/transaction-lock.ts';
import { members } from '../db/schema.ts';
import { AppError, badRequest } from '../platform/errors.ts';
import { memberDetail } from './member-input.ts';
import { recordAudit, type Actor } from './audit.ts';
import { contactColumns } from './members.ts';
import { phoneRegionOf, type Workspace } from './workspaces.ts';

export const MAX_IMPORT_ROWS = 10_000;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: Array<{ row: number; message: string }>;
}

/** In an import, a blank cell says nothing: the member keeps what it has. */
const given = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/** Labels come as a list (JSON) or one cell separated by ";" or "|" (CSV); the same limits either way. */
const labelCell = z
  .string()
  .transform((cell) => cell.split(/[;|]/).map((label) => label.trim()).filter(Boolean))
  .pipe(memberDetail.labels);

export const importRowSchema = z
  .object({
    firstName: given(memberDetail.firstName),
    lastName: given(memberDetail.lastName),
    email: given(memberDetail.email),
    phone: given(memberDetail.phone),
    externalId: given(memberDetail.externalId),
    labels: given(z.union([memberDetail.labels, labelCell])),
  })
  .refine((r) => Boolean(r.email || r.phone || r.externalId), {
    message: 'each row needs an email, a phone or an external id',
  });

export type ImportRow = z.infer<typeof importRowSchema>;

const csvHeaderAliases: Record<string, keyof ImportRow> = {
  firstname: 'firstName',
  first: 'firstName',
  givenname: 'firstName',
  lastname: 'lastName',
  last: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  email: 'email',
  emailaddress: 'email',
  phone: 'phone',
  phonenumber: 'phone',
  mobile: 'phone',
  externalid: 'externalId',
  id: 'externalId',
  labels: 'labels',
  tags: 'labels',
};

/** Reads a CSV body into raw rows keyed by our field names; unknown columns are refused. */
export function readCsvRows(body: string): Record<string, string>[] {
  let records: string[][];
  try {
    records = parseCsv(body, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true });
  } catch (error) {
    throw badRequest(`The CSV could not be read: ${(error as Error).message}`, 'invalid_csv');
  }
  const [header, ...rows] = records;
  if (!header) throw badRequest('The CSV is empty: the first line must name the columns', 'invalid_csv');
  const keys = header.map((name) => {
    const key = csvHeaderAliases[name.toLowerCase().replace(/[^a-z]/g, '')];
    if (!key) {
      throw badRequest(
        `Unknown CSV column "${name}"; use firstName, lastName, email, phone, externalId, labels`,
        'invalid_csv',
      );
    }
    return key;
  });
  if (!keys.some((k) => k === 'email' || k === 'phone' || k === 'externalId')) {
    throw badRequest('The CSV needs an email, phone or externalId column', 'invalid_csv');
  }
  return rows.map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ''])));
}

interface Prepared {
  row: number;
  values: ReturnType<typeof contactColumns>;
}

/**
 * Imports rows: a row that names an existing member (same external id, else email, else phone)
 * updates it, any other row creates a member. Bad rows are reported by number (1 = first data row)
 * and skipped; the good ones are written in one transaction.
 */
export async function importMembers(
  tx: Tx,
  workspaceId: string,
  rawRows: unknown[],
  phoneRegion: string,
): Promise<ImportResult> {
  if (rawRows.length === 0) throw badRequest('Nothing to import: send at least one row', 'empty_import');
  if (rawRows.length > MAX_IMPORT_ROWS) {
    throw new AppError(413, 'too_many_rows', `An import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows`);
  }
  // Two imports of one workspace at once would both create the same new members: one at a time.
  await holdTransactionLock(tx, `member-import:${workspaceId}`);
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, errors: [] };
  const prepared: Prepared[] = [];
  rawRows.forEach((raw, index) => {
    const row = index + 1;
    const parsed = importRowSchema.safeParse(raw);
    if (!parsed.success) {
      result.errors.push({ row, message: describeIssues(parsed.error) });
      return;
    }
    try {
      prepared.push({ row, values: contactColumns(parsed.data, phoneRegion) });
    } catch (error) {
      result.errors.push({ row, message: error instanceof AppError ? error.message : 'row could not be read' });
    }
  });

  const index = await loadMatchIndex(tx, workspaceId, prepared);
  for (const item of prepared) {
    const outcome = await applyRow(tx, workspaceId, item, index);
    if (typeof outcome === 'string') result[outcome] += 1;
    else result.errors.push({ row: item.row, message: outcome.error });
  }
  result.errors.sort((a, b) => a.row - b.row);
  return result;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

type MemberRow = typeof members.$inferSelect;

interface MatchIndex {
  byExternalId: Map<string, MemberRow[]>;
  byEmail: Map<string, MemberRow[]>;
  byPhone: Map<string, MemberRow[]>;
}

async function loadMatchIndex(tx: Tx, workspaceId: string, rows: Prepared[]): Promise<MatchIndex> {
  const index: MatchIndex = { byExternalId: new Map(), byEmail: new Map(), byPhone: new Map() };
  const distinct = (pick: (p: Prepared) => string | null | undefined) => [
    ...new Set(rows.map(pick).filter((v): v is string => Boolean(v))),
  ];
  const externalIds = distinct((p) => p.values.externalId);
  const emails = distinct((p) => p.values.emailKey);
  const phones = distinct((p) => p.values.phone);
  const chunk = 1000;
  const total = Math.max(externalIds.length, emails.length, phones.length);
  for (let start = 0; start < total; start += chunk) {
    const conditions = [
      ...(externalIds.length > start ? [inArray(members.externalId, externalIds.slice(start, start + chunk))] : []),
      ...(emails.length > start ? [inArray(members.emailKey, emails.slice(start, start + chunk))] : []),
      ...(phones.length > start ? [inArray(members.phone, phones.slice(start, start + chunk))] : []),
    ];
    const found = await tx
      .select()
      .from(members)
      .where(and(eq(members.workspaceId, workspaceId), or(...conditions)));
    found.forEach((m) => addToIndex(index, m));
  }
  return index;
}

function addToIndex(index: MatchIndex, member: MemberRow) {
  const add = (map: Map<string, MemberRow[]>, key: string | null) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((m) => m.id === member.id)) list.push(member);
    map.set(key, list);
  };
  add(index.byExternalId, member.externalId);
  add(index.byEmail, member.emailKey);
  add(index.byPhone, member.phone);
}

function removeFromIndex(index: MatchIndex, member: MemberRow) {
  const remove = (map: Map<string, MemberRow[]>, key: string | null) => {
    if (key) map.set(key, (map.get(key) ?? []).filter((m) => m.id !== member.id));
  };
  remove(index.byExternalId, member.externalId);
  remove(index.byEmail, member.emailKey);
  remove(index.byPhone, member.phone);
}

/** External id decides first; an email or phone shared by several members cannot pick one. */
function findExisting(index: MatchIndex, values: Prepared['values']): MemberRow | { error: string } | null {
  const candidates: Array<[string, string | null | undefined, Map<string, MemberRow[]>]> = [
    ['external id', values.externalId, index.byExternalId],
    ['email', values.emailKey, index.byEmail],
    ['phone', values.phone, index.byPhone],
  ];
  for (const [label, key, map] of candidates) {
    if (!key) continue;
    const found = map.get(key) ?? [];
    if (found.length > 1) return { error: `${label} matches ${found.length} members; add an externalId to choose one` };
    if (found[0]) return found[0];
  }
  return null;
}

async function applyRow(
  tx: Tx,
  workspaceId: string,
  item: Prepared,
  index: MatchIndex,
): Promise<'created' | 'updated' | 'unchanged' | { error: string }> {
  const existing = findExisting(index, item.values);
  if (existing && 'error' in existing) return existing;
  if (!existing) {
    if (!item.values.firstName) return { error: 'firstName is required for a new member' };
    const [created] = await tx
      .insert(members)
      .values({ ...item.values, firstName: item.values.firstName, workspaceId })
      .returning();
    addToIndex(index, created!);
    return 'created';
  }
  if (item.values.externalId && existing.externalId && item.values.externalId !== existing.externalId) {
    return { error: 'matches a member by email or phone who has another external id' };
  }
  const changes = Object.fromEntries(
    Object.entries(item.values).filter(([key, value]) => !sameValue(existing[key as keyof MemberRow], value)),
  );
  if (Object.keys(changes).length === 0) return 'unchanged';
  const [updated] = await tx
    .update(members)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(members.id, existing.id))
    .returning();
  removeFromIndex(index, existing);
  addToIndex(index, updated!);
  return 'updated';
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** An import as the API takes it: a JSON array of rows, or a CSV's text. */
export const importBodySchema = z.union([z.array(z.unknown()), z.string()]);

/**
 * Import as the API takes it: a JSON array, or a CSV whose first line names the columns; the rows
 * and the audit entry in one transaction.
 */
export async function importMemberRows(
  db: Db,
  input: { workspace: Workspace; actor: Actor; body: z.infer<typeof importBodySchema> },
): Promise<ImportResult> {
  const rows = typeof input.body === 'string' ? readCsvRows(input.body) : input.body;
  if (!Array.isArray(rows)) throw badRequest('Send a JSON array or a CSV');
  const workspaceId = input.workspace.id;
  return db.transaction(async (tx) => {
    const result = await importMembers(tx, workspaceId, rows, phoneRegionOf(input.workspace));
    await recordAudit(tx, {
      workspaceId,
      actor: input.actor,
      action: 'members.imported',
      details: { created: result.created, updated: result.updated, errors: result.errors.length },
    });
    return result;
  });
}
