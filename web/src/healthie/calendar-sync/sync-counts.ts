import type { SyncRun } from '../../api/api-types.ts';

/** "12 fetched · 3 created · 1 updated · 0 cancelled · 8 unchanged", and "· 1 skipped" when Healthie sent one that cannot be stored. */
export function describeCounts(counts: SyncRun['counts']): string {
  const parts = (['fetched', 'created', 'updated', 'cancelled', 'unchanged'] as const).map((key) => `${counts[key]} ${key}`);
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  return parts.join(' · ');
}
