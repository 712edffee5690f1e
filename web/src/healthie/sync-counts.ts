import type { SyncRun } from '../api/types.ts';

/** "12 fetched · 3 created · 1 updated · 0 cancelled · 8 unchanged" */
export function describeCounts(counts: SyncRun['counts']): string {
  return (['fetched', 'created', 'updated', 'cancelled', 'unchanged'] as const).map((key) => `${counts[key]} ${key}`).join(' · ');
}
