import { CurrentUserDocument } from './generated/graphql.ts';
import { toPerson, type HealthiePerson } from './people.ts';
import type { HealthieTransport } from './transport.ts';

/** The Healthie user the API key belongs to, or null when Healthie treats the caller as anonymous (a refused key). */
export async function fetchCurrentUser(transport: HealthieTransport): Promise<HealthiePerson | null> {
  const { currentUser } = await transport.request(CurrentUserDocument, {});
  return currentUser ? toPerson(currentUser) : null;
}
