import { describe, expect, it } from 'vitest';
import { readAhead } from './paging.ts';

/** A paged list of `count` pages whose every fetch waits to be let through, recording what was asked. */
function pagedList(count: number, failAt?: number) {
  const asked: number[] = [];
  const waiting: Array<() => void> = [];
  async function* pages() {
    for (let page = 1; page <= count; page++) {
      asked.push(page);
      await new Promise<void>((resolve) => waiting.push(resolve));
      if (page === failAt) throw new Error(`page ${page} failed`);
      yield page;
    }
  }
  const settle = async () => {
    for (let turn = 0; turn < 20; turn++) {
      waiting.splice(0).forEach((resolve) => resolve());
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { pages: pages(), asked, settle };
}

describe('reading pages ahead', () => {
  it('asks for as many pages ahead as told while the caller works, and no more', async () => {
    for (const ahead of [1, 2]) {
      const list = pagedList(6);
      const reader = readAhead(list.pages, ahead);
      const first = reader.next();
      await list.settle();
      expect((await first).value).toBe(1);
      // The caller holds page 1; the list goes on to the pages ahead and no further.
      await list.settle();
      expect(list.asked).toEqual(Array.from({ length: 1 + ahead }, (_, i) => i + 1));
      const rest: number[] = [];
      const reading = (async () => {
        for (let next = await reader.next(); !next.done; next = await reader.next()) rest.push(next.value);
      })();
      await list.settle();
      await reading;
      expect(rest).toEqual([2, 3, 4, 5, 6]);
      expect(list.asked).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });

  it("surfaces a failed page ahead when the caller reaches it, after the pages before it", async () => {
    const list = pagedList(5, 3);
    const seen: number[] = [];
    const reading = (async () => {
      for await (const page of readAhead(list.pages, 2)) seen.push(page);
    })();
    const failed = expect(reading).rejects.toThrow('page 3 failed');
    await list.settle();
    await failed;
    expect(seen).toEqual([1, 2]);
  });
});
