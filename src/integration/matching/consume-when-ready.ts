/**
 * Reads `source` while `ready` settles, holding what arrives until the consumer exists, and always
 * asks for the next item before handing over the current one, so reading and consuming overlap. A
 * backlog is worked off two items per item read, in the waits for the source rather than in one
 * block that would hold the reading up. Stops reading when `ready` fails, and rethrows its error.
 */
export async function consumeWhenReady<T>(source: AsyncIterator<T>, ready: Promise<(item: T) => void>): Promise<void> {
  const state: { consume: ((item: T) => void) | null; failed: boolean } = { consume: null, failed: false };
  ready.then(
    (consume) => (state.consume = consume),
    () => (state.failed = true),
  );
  const held: T[] = [];
  let next = source.next();
  for (;;) {
    const current = await next;
    if (current.done || state.failed) break;
    next = source.next();
    // A failure of the item read ahead surfaces when it is awaited, not as an unhandled rejection.
    next.catch(() => undefined);
    held.push(current.value);
    if (state.consume) held.splice(0, 2).forEach(state.consume);
  }
  const consume = await ready;
  held.splice(0).forEach(consume);
}
