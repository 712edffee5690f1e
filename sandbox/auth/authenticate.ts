// Healthie reads an API key from "Authorization: Basic <key>" together with "AuthorizationSource: API".
// Without that source header the value is not read as an API key. Unknown and revoked keys make the
// request anonymous: currentUser answers null and protected fields fail.
import type { ApiKeyRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';

export interface Caller {
  apiKey: ApiKeyRecord | null;
  viewer: UserRecord | null;
  /** The key as presented, for per-key counting even when it is not valid. */
  presentedKey: string | null;
}

export function authenticate(headers: Headers, store: Store): Caller {
  const match = /^Basic\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  const presentedKey = match?.[1] ?? null;
  if (!presentedKey || headers.get('authorizationsource') !== 'API') return { apiKey: null, viewer: null, presentedKey };
  const apiKey = store.apiKeys.get(presentedKey);
  if (!apiKey || apiKey.revokedAt !== null) return { apiKey: null, viewer: null, presentedKey };
  const viewer = store.users.get(apiKey.userId);
  if (!viewer?.active) return { apiKey: null, viewer: null, presentedKey };
  return { apiKey, viewer, presentedKey };
}
