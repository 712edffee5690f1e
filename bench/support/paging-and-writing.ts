import type { HealthieClient } from '../../src/healthie/client.ts';
import { readAhead } from '../../src/healthie/paging.ts';
import { toEventFields, type EventReferences, type SyncedEventFields } from '../../src/integration/calendar-sync/appointment-event.ts';

/**
 * A sync's pages and nothing else: the provider's appointments in the window, read through the
 * product's client as a full pass reads them (two pages ahead), each page turned into events and
 * handed to `write`. Returns how many were written.
 */
export async function pageAndWrite(
  client: HealthieClient,
  query: { providerId: string; window: { start: Date; end: Date } },
  refs: EventReferences,
  write: (events: SyncedEventFields[]) => Promise<number>,
): Promise<number> {
  const pages = client.appointmentPages({ providerId: query.providerId, startDate: query.window.start.toISOString(), endDate: query.window.end.toISOString(), orderBy: 'DATE_ASC' });
  let written = 0;
  for await (const page of readAhead(pages, 2)) written += await write(page.flatMap((a) => toEventFields(a, refs) ?? []));
  return written;
}
