import { PatientIdsDocument, PatientsDocument, type UserOrderKeys } from './generated/graphql.ts';
import type { PageSizes } from './page-sizes.ts';
import { fullName } from '../platform/full-name.ts';
import type { HealthiePerson } from './people.ts';
import type { HealthieTransport } from './transport.ts';

export interface HealthiePatient extends HealthiePerson {
  firstName: string;
  lastName: string;
  phone: string | null;
}

export const toPatient = (user: { id: string; first_name: string | null; last_name: string | null; email: string | null; phone_number: string | null }): HealthiePatient => ({
  id: user.id,
  firstName: user.first_name ?? '',
  lastName: user.last_name ?? '',
  name: fullName(user.first_name, user.last_name),
  email: user.email,
  phone: user.phone_number,
});

export interface PatientQuery {
  /** Only these patients. */
  ids?: string[];
  keywords?: string;
  /** Archived patients instead of active ones. */
  archived?: boolean;
  orderBy?: UserOrderKeys;
  onTotal?: (total: number) => void;
}

/**
 * Active (or archived) patients page by page; `keywords` searches ids, names, record identifiers,
 * emails, dates of birth and NPIs (not phone numbers). `onTotal` is told Healthie's total_count with each page.
 */
export async function* patientPages(transport: HealthieTransport, sizes: PageSizes, query: PatientQuery = {}): AsyncGenerator<HealthiePatient[]> {
  const pages = sizes.pages('patients', async (first, after) => {
    const { users } = await transport.request(PatientsDocument, {
      first,
      after,
      ...(query.ids ? { ids: query.ids } : {}),
      ...(query.keywords ? { keywords: query.keywords } : {}),
      ...(query.archived ? { activeStatus: 'archived' } : {}),
      ...(query.orderBy ? { orderBy: query.orderBy } : {}),
    });
    query.onTotal?.(users.total_count);
    return users;
  });
  for await (const page of pages) yield page.map(toPatient);
}

/** Which of these patient ids Healthie has as active patients (archived ones with `archived`), page by page. */
export async function* patientIdPages(transport: HealthieTransport, sizes: PageSizes, ids: string[], options: { archived?: boolean } = {}): AsyncGenerator<string[]> {
  const pages = sizes.pages('patientIds', async (first, after) => {
    const { users } = await transport.request(PatientIdsDocument, { ids, first, after, activeStatus: options.archived ? 'archived' : 'active' });
    return users;
  });
  for await (const page of pages) yield page.map((u) => u.id);
}
