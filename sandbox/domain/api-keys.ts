// API keys: each belongs to one user and acts with that user's permissions.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { failed, isInvalid, notFound, notPermitted, succeeded, type ChangeContext, type Outcome } from './outcome.ts';

const keyPrefix = 'gh_sbox_';

/** Seeds pass a label so the demo keys stay the same across restarts (a stored connection keeps working). */
export function issueApiKey(store: Store, userId: string, name: string, createdAt: number, seedLabel?: string): ApiKeyRecord {
  const secret = seedLabel
    ? createHash('sha256').update(`healthie-sandbox:${seedLabel}`).digest('base64url').slice(0, 40)
    : randomBytes(30).toString('base64url');
  const apiKey: ApiKeyRecord = { id: store.nextId('apiKey'), key: `${keyPrefix}${secret}`, userId, name, createdAt, revokedAt: null };
  store.apiKeys.set(apiKey.key, apiKey);
  return apiKey;
}

export function displayableKey(apiKey: ApiKeyRecord): string {
  return `${apiKey.key.slice(0, keyPrefix.length + 4)}...${apiKey.key.slice(-4)}`;
}

export function createApiKey(context: ChangeContext, input: { name?: string | null; user_id?: string | null }): Outcome<ApiKeyRecord> {
  const userId = input.user_id ?? context.actor.id;
  const user = context.store.users.get(userId);
  if (!user) return failed([isInvalid('user_id')]);
  if (userId !== context.actor.id && !context.actor.membership?.permissions.isAdmin) {
    return failed([notPermitted('create API keys for other users')]);
  }
  return succeeded(issueApiKey(context.store, userId, input.name ?? '', context.now()));
}

export function deleteApiKey(context: ChangeContext, id: string | null | undefined): ApiKeyRecord {
  const apiKey = id ? context.store.apiKeyById(id) : undefined;
  if (!apiKey || apiKey.revokedAt !== null) throw notFound('ApiKey', id);
  if (apiKey.userId !== context.actor.id && !context.actor.membership?.permissions.isAdmin) throw notFound('ApiKey', id);
  return revokeApiKey(apiKey, context.now());
}

export function revokeApiKey(apiKey: ApiKeyRecord, at: number): ApiKeyRecord {
  apiKey.revokedAt ??= at;
  return apiKey;
}
