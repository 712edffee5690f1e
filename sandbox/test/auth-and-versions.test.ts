import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const whoAmI = '{ currentUser { id email first_name last_name organization { name } } }';

describe('authentication (Authorization: Basic <key> with AuthorizationSource: API)', () => {
  it('answers currentUser for the demo admin key', async () => {
    const [admin] = sandbox.apiKeys;
    const response = await graphql(sandbox, whoAmI);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.currentUser).toMatchObject({ id: admin?.userId, email: admin?.email, organization: { name: 'Harbor Family Health' } });
  });

  it('treats a missing, unknown or revoked key as anonymous: currentUser is null, protected fields fail', async () => {
    for (const key of [null, 'gh_sbox_not-a-real-key']) {
      const response = await graphql(sandbox, whoAmI, {}, { key });
      expect(response.data?.currentUser).toBeNull();
      const protectedField = await graphql(sandbox, '{ appointments(first: 1) { nodes { id } } }', {}, { key });
      expect(protectedField.data?.appointments).toBeNull();
      expect(protectedField.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
    }
  });

  it('does not read the key without AuthorizationSource: API', async () => {
    const response = await graphql(sandbox, whoAmI, {}, { headers: { authorizationsource: 'Web' } });
    expect(response.data?.currentUser).toBeNull();
  });

  it('stops accepting a key once it is revoked through the control API', async () => {
    const created = await graphql(sandbox, 'mutation { createApiKey(input: { name: "temp" }) { api_key messages { field message } } }');
    const key = created.data?.createApiKey.api_key as string;
    expect((await graphql(sandbox, whoAmI, {}, { key })).data?.currentUser).not.toBeNull();
    const revoked = await control(sandbox, 'POST', `/_sandbox/api-keys/${encodeURIComponent(key)}/revoke`);
    expect(revoked.body.apiKey.revoked).toBe(true);
    expect((await graphql(sandbox, whoAmI, {}, { key })).data?.currentUser).toBeNull();
  });

  it('creates and deletes API keys with createApiKey and deleteApiKey', async () => {
    const created = await graphql(
      sandbox,
      'mutation { createApiKey(input: { name: "Integration" }) { api_key api_key_object { id name displayable_key created_at } messages { field message } } }',
    );
    const payload = created.data?.createApiKey;
    expect(payload.messages).toBeNull();
    expect(payload.api_key).toMatch(/^gh_sbox_/);
    expect(payload.api_key_object.displayable_key).not.toContain(payload.api_key);
    const deleted = await graphql(sandbox, 'mutation($id: ID) { deleteApiKey(input: { id: $id }) { api_key { id } } }', { id: payload.api_key_object.id });
    expect(deleted.data?.deleteApiKey.api_key.id).toBe(payload.api_key_object.id);
    expect((await graphql(sandbox, whoAmI, {}, { key: payload.api_key })).data?.currentUser).toBeNull();
  });
});

describe('API versions (Healthie-GraphQL-API-Version)', () => {
  it('enforces the rules from 2027-01-31 by default: no header and versions before 2026-07-01 are rejected', async () => {
    const missing = await graphql(sandbox, whoAmI, {}, { version: null });
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Missing required header: Healthie-GraphQL-API-Version'),
      extensions: { code: 'MISSING_API_VERSION_HEADER', latest_version: '2026-07-01' },
    });
    const sunset = await graphql(sandbox, whoAmI, {}, { version: '2026-01-01' });
    expect(sunset.data).toBeUndefined();
    expect(sunset.errors?.[0]?.extensions).toMatchObject({
      code: 'UNSUPPORTED_API_VERSION',
      requested_version: '2026-01-01',
      minimum_supported_version: '2026-07-01',
      latest_version: '2026-07-01',
    });
    const current = await graphql(sandbox, whoAmI, {}, { version: '2026-07-01' });
    expect(current.data?.currentUser).not.toBeNull();
    expect(current.extensions?.warnings).toBeUndefined();
  });

  it('rejects a date that is not a published version with UNSUPPORTED_API_VERSION', async () => {
    const response = await graphql(sandbox, whoAmI, {}, { version: '2025-06-15' });
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_API_VERSION', requested_version: '2025-06-15' });
  });

  it('serves old versions with sunset warnings, and no header on the baseline, under the transition rules', async () => {
    await control(sandbox, 'PUT', '/_sandbox/settings', { apiVersionRules: 'transition' });
    try {
      const old = await graphql(sandbox, whoAmI, {}, { version: '2026-01-01' });
      expect(old.data?.currentUser).not.toBeNull();
      expect(old.extensions?.warnings).toEqual([
        expect.objectContaining({ code: 'API_VERSION_SUNSET_WARNING', requested_version: '2026-01-01', sunset_date: '2027-01-31', latest_version: '2026-07-01' }),
      ]);
      const missing = await graphql(sandbox, whoAmI, {}, { version: null });
      expect(missing.data?.currentUser).not.toBeNull();
      expect(missing.extensions?.warnings?.map((warning) => warning.code)).toEqual(['MISSING_API_VERSION_HEADER', 'API_VERSION_SUNSET_WARNING']);
      expect(missing.extensions?.warnings?.[1]).toMatchObject({ requested_version: '2024-06-01' });
      expect((await graphql(sandbox, whoAmI, {}, { version: '2026-07-01' })).extensions?.warnings).toBeUndefined();
    } finally {
      await control(sandbox, 'PUT', '/_sandbox/settings', { apiVersionRules: 'enforced' });
    }
  });
});
