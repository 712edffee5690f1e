// An array kept sorted by a key tuple, so that pages are found by binary search instead of sorting
// every record on every request. Keys end with the record's numeric id, which makes them unique.
export type SortKey = readonly (number | string)[];

export function compareKeys(a: SortKey, b: SortKey): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const left = a[i] as number | string;
    const right = b[i] as number | string;
    if (left < right) return -1;
    if (left > right) return 1;
  }
  return a.length - b.length;
}

export class SortedIndex<T> {
  private items: T[] = [];
  /** Counts remembered by query signature; forgotten on any change to the index. */
  private readonly counts = new Map<string, number>();

  constructor(readonly keyOf: (item: T) => SortKey) {}

  static of<T>(items: Iterable<T>, keyOf: (item: T) => SortKey): SortedIndex<T> {
    const index = new SortedIndex(keyOf);
    index.load(items);
    return index;
  }

  get size(): number {
    return this.items.length;
  }

  at(position: number): T {
    const item = this.items[position];
    if (item === undefined) throw new RangeError(`No item at ${position}`);
    return item;
  }

  /**
   * How many items in positions [from, to) satisfy `predicate`. With a `signature` that names the
   * predicate, the answer is remembered until the index changes: walking the pages of a large list
   * then counts once, not once per page.
   */
  count(from: number, to: number, predicate: (item: T) => boolean, signature?: string): number {
    const key = signature === undefined ? undefined : `${from}:${to}:${signature}`;
    const remembered = key === undefined ? undefined : this.counts.get(key);
    if (remembered !== undefined) return remembered;
    let total = 0;
    const end = Math.min(to, this.items.length);
    for (let position = Math.max(from, 0); position < end; position++) if (predicate(this.items[position] as T)) total++;
    if (key !== undefined) this.counts.set(key, total);
    return total;
  }

  toArray(): T[] {
    return [...this.items];
  }

  /** Replaces the contents, sorting once (what bulk seeding needs). */
  load(items: Iterable<T>): void {
    const decorated = Array.from(items, (item) => ({ key: this.keyOf(item), item }));
    decorated.sort((a, b) => compareKeys(a.key, b.key));
    this.items = decorated.map(({ item }) => item);
    this.counts.clear();
  }

  insert(item: T): void {
    this.items.splice(this.upperBound(this.keyOf(item)), 0, item);
    this.counts.clear();
  }

  /** Removes `item`; call before changing any field its key is made of. */
  remove(item: T): void {
    const position = this.lowerBound(this.keyOf(item));
    if (this.items[position] === item) this.items.splice(position, 1);
    this.counts.clear();
  }

  /** First position whose key is >= `key`. */
  lowerBound(key: SortKey): number {
    return this.search((candidate) => compareKeys(candidate, key) < 0);
  }

  /** First position whose key is > `key`. */
  upperBound(key: SortKey): number {
    return this.search((candidate) => compareKeys(candidate, key) <= 0);
  }

  private search(isBefore: (candidate: SortKey) => boolean): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (isBefore(this.keyOf(this.items[middle] as T))) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
