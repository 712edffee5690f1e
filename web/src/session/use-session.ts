import { useQuery } from '@tanstack/react-query';
import type { Session } from '../api/api-types.ts';
import { sessionQuery } from './session-query.ts';

export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in session; only for components rendered behind RequireSession. */
export function useSignedInSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInSession is used while signed out');
  return data;
}
