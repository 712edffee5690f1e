import { createServer } from 'node:http';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';

let database: Database;
let done = 0;
let seenAfter: number[] = [];
const server = createServer((req, res) => {
  seenAfter.push(done);
  req.resume();
  req.on('end', () => res.end('{}'));
});
let url = '';

beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  // A connection already open, as the sync's is after its first page.
  await (await fetch(url, { method: 'POST', body: '{}' })).text();
}, 60_000);
afterAll(async () => {
  server.close();
  await database.close();
});

describe('the embedded database between two statements', () => {
  it('lets network I/O go on: a request made before a run of statements is sent and answered during it', async () => {
    done = 0;
    seenAfter = [];
    const answered = fetch(url, { method: 'POST', body: JSON.stringify({ page: 2 }) }).then((res) => res.text().then(() => done));
    for (let i = 0; i < 20; i++) {
      await database.db.transaction(async (tx) => {
        await tx.execute("select count(*) from pg_class a, pg_class b where a.relname < b.relname");
      });
      done += 1;
    }
    // Without a turn of the event loop between statements, the request leaves only once all twenty are done.
    expect(seenAfter[0]).toBeLessThan(5);
    expect(await answered).toBeLessThan(10);
  });
});
