import type { HealthieClient } from '../../healthie/client.ts';
import { chunks } from '../../platform/chunks.ts';

/** The patient ids Healthie no longer has, active or archived (an archived patient still exists). */
export async function missingPatients(client: HealthieClient, patientIds: string[]): Promise<string[]> {
  let missing = [...new Set(patientIds)];
  for (const archived of [false, true]) {
    if (missing.length === 0) break;
    const found = new Set<string>();
    for (const ids of chunks(missing, client.pageSize('patientIds'))) {
      for await (const page of client.patientIdPages(ids, { archived })) for (const id of page) found.add(id);
    }
    missing = missing.filter((id) => !found.has(id));
  }
  return missing;
}
