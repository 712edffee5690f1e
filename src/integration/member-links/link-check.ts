import type { HealthieClient } from '../../healthie/client.ts';
import { chunks } from '../../platform/chunks.ts';

/** Of these patient ids, those Healthie has only as archived patients, and those it does not have at all. */
export async function inactivePatients(client: HealthieClient, patientIds: string[]): Promise<{ archived: string[]; missing: string[] }> {
  const found = async (ids: string[], archived: boolean) => {
    const seen = new Set<string>();
    for (const slice of chunks(ids, client.pageSize('patientIds'))) {
      for await (const page of client.patientIdPages(slice, { archived })) for (const id of page) seen.add(id);
    }
    return seen;
  };
  const unique = [...new Set(patientIds)];
  const active = unique.length > 0 ? await found(unique, false) : new Set<string>();
  const notActive = unique.filter((id) => !active.has(id));
  const archived = notActive.length > 0 ? await found(notActive, true) : new Set<string>();
  return { archived: notActive.filter((id) => archived.has(id)), missing: notActive.filter((id) => !archived.has(id)) };
}
