// createApiKey and deleteApiKey.
import { createApiKey, deleteApiKey } from '../../domain/api-keys.ts';
import { changeContextOf, type SandboxContext } from '../context.ts';
import type { ResolverMap } from '../resolver-map.ts';

export const apiKeyResolvers: ResolverMap = {
  Mutation: {
    createApiKey: (_: unknown, { input }: { input?: { name?: string | null; user_id?: string | null } }, context: SandboxContext) => {
      const outcome = createApiKey(changeContextOf(context), input ?? {});
      return {
        api_key: outcome.record?.key ?? null,
        api_key_object: outcome.record,
        messages: outcome.messages.length > 0 ? outcome.messages : null,
      };
    },
    deleteApiKey: (_: unknown, { input }: { input?: { id?: string | null } }, context: SandboxContext) => ({
      api_key: deleteApiKey(changeContextOf(context), input?.id),
      messages: null,
    }),
  },
};
