import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api.ts';
import { sessionKey } from '../api/session-key.ts';
import { forgetSignedInData } from './forget-signed-in-data.ts';

export function useSignIn() {
  const queryClient = useQueryClient();
  return api.useMutation('post', '/api/v1/session', {
    onSuccess: () => {
      forgetSignedInData(queryClient);
      return queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
