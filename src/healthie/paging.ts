import { HealthieError } from './errors.ts';

export interface ConnectionPage<TNode> {
  nodes: Array<TNode | null> | null;
  page_info: { has_next_page: boolean; end_cursor: string | null };
}

/** Far beyond any practice (millions of records at the smallest page size): a list that long is a loop. */
const MAX_PAGES = 20_000;

/**
 * Walks a Relay connection with first/after, yielding one page at a time so callers hold a page,
 * not the whole list. A cursor that does not move is an error, not an endless loop.
 */
export async function* walkConnection<TNode>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<TNode> | null>,
  maxPages = MAX_PAGES,
): AsyncGenerator<TNode[]> {
  let after: string | null = null;
  const seen = new Set<string>();
  for (let pages = 1; ; pages++) {
    const page: ConnectionPage<TNode> | null = await fetchPage(after);
    if (!page) throw new HealthieError('bad_response', { detail: '(Healthie returned no list)' });
    if (pages > maxPages) throw new HealthieError('bad_response', { detail: `(the list did not end after ${maxPages} pages)` });
    yield (page.nodes ?? []).filter((n): n is TNode => n !== null);
    if (!page.page_info.has_next_page) return;
    const next = page.page_info.end_cursor;
    if (!next || seen.has(next)) {
      throw new HealthieError('bad_response', { detail: '(the page cursor did not advance)' });
    }
    seen.add(next);
    after = next;
  }
}

export async function collectConnection<TNode>(pages: AsyncGenerator<TNode[]>): Promise<TNode[]> {
  const all: TNode[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

/**
 * Asks for the next pages while the caller works on the current one, so fetching and writing
 * overlap: `ahead` pages are asked for at most (one request at a time: an async generator answers
 * its calls in turn). Two keep Healthie busy while a slow page is written. A caller that stops
 * reading leaves the pages asked for to be fetched and dropped: one that stops early as a rule (an
 * incremental pass) asks for one, so that stopping wastes one request at most.
 */
export async function* readAhead<T>(pages: AsyncIterator<T>, ahead = 1): AsyncGenerator<T> {
  const asked: Array<Promise<IteratorResult<T>>> = [];
  const ask = () => {
    const next = pages.next();
    // A failure of a page fetched ahead surfaces when it is awaited, not as an unhandled rejection.
    next.catch(() => undefined);
    asked.push(next);
  };
  ask();
  for (;;) {
    const current = await asked.shift()!;
    if (current.done) return;
    while (asked.length < ahead) ask();
    yield current.value;
  }
}
