// A sync pass with nothing around it, for the benches that set the product's own pipeline against
// bare paging: the product's Healthie client on the sandbox, pages turned into events and written.
import { HealthieClient } from '../../src/healthie/client.ts';
import { readAhead } from '../../src/healthie/paging.ts';
import { HealthieTransport } from '../../src/healthie/transport.ts';
import { toEventFields, type EventReferences, type SyncedEventFields } from '../../src/integration/calendar-sync/appointment-event.ts';
import type { SandboxProcess } from './bench-tools.ts';

/** The product's Healthie client on the sandbox, as a fresh connection starts (estimated page sizes, an in-process gate). */
export const sandboxClient = (sandbox: SandboxProcess) => new HealthieClient(new HealthieTransport({ endpoint: sandbox.url, apiKey: sandbox.apiKey }));

/**
 * The provider's appointments in the window, read as a full pass reads them (two pages ahead),
 * each page turned into events and handed to `write`. Returns how many were written.
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
