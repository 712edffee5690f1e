import { hashKey, type QueryClient } from '@tanstack/react-query';
import { sessionKey } from '../api/session-key.ts';

/** Drops every answer read for the account that was signed in (the session query itself stays, to say who is now). */
export function forgetSignedInData(queryClient: QueryClient): void {
  const session = hashKey(sessionKey);
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== session });
}
