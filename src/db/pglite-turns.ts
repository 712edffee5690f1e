import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';

/** What of PGlite drizzle and the product use: statements, one at a time, and transactions. */
export interface SqlClient {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string, options?: QueryOptions): Promise<Array<Results>>;
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/**
 * PGlite runs each statement to its end on the event loop, and between two statements only
 * promise callbacks run, never I/O: during a page's writes the next Healthie page's request is
 * not even sent, nor an API request answered. Each statement sent here first gives the loop a turn
 * (PGlite's own BEGIN and COMMIT do not), so network I/O goes on between statements (a turn costs
 * microseconds, a statement far more).
 */
export class TurnTakingClient implements SqlClient {
  constructor(private readonly inner: PGlite | Transaction) {}

  async query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    await nextTurn();
    return this.inner.query<T>(text, params, options);
  }

  async exec(text: string, options?: QueryOptions): Promise<Array<Results>> {
    await nextTurn();
    return this.inner.exec(text, options);
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    if (!('transaction' in this.inner)) throw new Error('PGlite has no nested transactions; drizzle sends savepoints');
    return this.inner.transaction((tx) => work(new TurnTakingClient(tx)));
  }
}
