import { OrganizationMembersDocument } from './generated/graphql.ts';
import type { PageSizes } from './page-sizes.ts';
import { collectConnection } from './paging.ts';
import { toPerson, type HealthiePerson } from './people.ts';
import type { HealthieTransport } from './transport.ts';

/** The organization's providers and staff (organizationMembers), every page. */
export async function fetchProviders(transport: HealthieTransport, sizes: PageSizes): Promise<HealthiePerson[]> {
  const pages = sizes.pages('providers', async (first, after) => (await transport.request(OrganizationMembersDocument, { first, after })).organizationMembers);
  return (await collectConnection(pages)).map(toPerson);
}
