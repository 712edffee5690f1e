import { queryClient } from './query-client.ts';
import type { paths } from './schema.ts';

/** Marks every GET of these paths stale, so what shows them reads them again. */
export function invalidate(...changed: Array<keyof paths>): Promise<void[]> {
  return Promise.all(changed.map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })));
}
