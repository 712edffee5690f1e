import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api.ts';
import { sessionKey } from '../api/session-key.ts';
import { forgetSignedInData } from './forget-signed-in-data.ts';

/** Ends the session; what was read while signed in is forgotten once the signed-in pages are gone. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return api.useMutation('delete', '/api/v1/session', {
    onSuccess: () => {
      queryClient.setQueryData(sessionKey, null);
      forgetSignedInData(queryClient);
    },
  });
}
