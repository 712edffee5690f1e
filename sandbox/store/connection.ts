// Relay connections over a SortedIndex: stable opaque cursors made of the record's sort key, so
// records inserted while a client walks the pages never make it see a record twice or skip one.
import { GraphQLError } from '../graphql-js.ts';
import type { SortKey, SortedIndex } from './sorted-index.ts';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A slice [from, to) of an index, read ascending or descending. */
export interface OrderedView<T> {
  index: SortedIndex<T>;
  descending: boolean;
  from: number;
  to: number;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

export const defaultPageSize = 100;

export function wholeIndex<T>(index: SortedIndex<T>, descending = false): OrderedView<T> {
  return { index, descending, from: 0, to: index.size };
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify({ k: key })).toString('base64');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
    const key = (decoded as { k?: unknown }).k;
    if (Array.isArray(key) && key.every((part) => typeof part === 'number' || typeof part === 'string')) {
      return key as SortKey;
    }
  } catch {
    // reported below
  }
  throw new GraphQLError(`Invalid cursor: ${cursor}`);
}

/** `countSignature` names what `matches` selects, letting the index remember total_count across pages. */
export function paginate<T>(view: OrderedView<T>, matches: (item: T) => boolean, args: PageArgs, countSignature?: string): Page<T> {
  const { index, descending, from, to } = view;
  const length = Math.max(0, to - from);
  const itemAt = (logical: number) => index.at(descending ? to - 1 - logical : from + logical);
  const clamp = (logical: number) => Math.min(Math.max(logical, 0), length);

  const start = args.after ? clamp(logicalAfter(view, decodeCursor(args.after))) : 0;
  const stop = args.before ? clamp(logicalBefore(view, decodeCursor(args.before))) : length;
  const forward = args.last == null || args.first != null;
  const limit = Math.max(0, (forward ? args.first : args.last) ?? defaultPageSize);

  const picked: T[] = [];
  let more = false;
  for (let step = 0; step < stop - start; step++) {
    const item = itemAt(forward ? start + step : stop - 1 - step);
    if (!matches(item)) continue;
    if (picked.length === limit) {
      more = true;
      break;
    }
    picked.push(item);
  }
  if (!forward) picked.reverse();

  const anyMatchIn = (low: number, high: number) => {
    for (let logical = low; logical < high; logical++) if (matches(itemAt(logical))) return true;
    return false;
  };
  const totalCount = index.count(from, to, matches, countSignature);

  return {
    nodes: picked,
    cursors: picked.map((item) => encodeCursor(index.keyOf(item))),
    hasNextPage: forward ? more : Boolean(args.before) && anyMatchIn(stop, length),
    hasPreviousPage: forward ? Boolean(args.after) && anyMatchIn(0, start) : more,
    totalCount,
  };
}

/** Logical position of the first record that comes after `key` in the view's order. */
function logicalAfter<T>(view: OrderedView<T>, key: SortKey): number {
  return view.descending ? view.to - view.index.lowerBound(key) : view.index.upperBound(key) - view.from;
}

/** Logical position of the first record that does not come before `key` in the view's order. */
function logicalBefore<T>(view: OrderedView<T>, key: SortKey): number {
  return view.descending ? view.to - view.index.upperBound(key) : view.index.lowerBound(key) - view.from;
}
