import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openConfiguredDatabase } from '../../src/db/configured-database.ts';
import { encryptedSecrets, workspaces } from '../../src/db/schema.ts';
import { loadKeyring } from '../../src/platform/keyring.ts';
import { readSecret, storeSecret } from '../../src/platform/secret-store.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'hc-cli-'));
const cli = (...args: string[]) =>
  run('node', ['bin/healthie-connect.js', ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, timeout: 60_000 });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('admin CLI on the embedded database', () => {
  it('creates a workspace, toggles a flag, adds a user with scopes, issues and revokes a token', async () => {
    const created = await cli('workspace:create', '--name', 'Sunrise Clinic', '--slug', 'sunrise');
    expect(created.stdout).toContain('slug sunrise');
    expect((await cli('workspace:feature', '--workspace', 'sunrise', '--feature', 'ehr_healthie', '--on')).stdout).toContain('[ehr_healthie]');
    const user = await cli('user:create', '--workspace', 'sunrise', '--email', 'Coord@Sunrise.example', '--name', 'Coordinator', '--scopes', 'members:read calendars:read');
    expect(user.stdout).toContain('Password: ');
    const issued = await cli('token:issue', '--workspace', 'sunrise', '--name', 'Reports', '--scopes', 'members:read', '--days', '30');
    const token = /Token \(shown once\): (gr_\S+)/.exec(issued.stdout)?.[1];
    const keyId = /API key (\S+)/.exec(issued.stdout)?.[1];
    expect(token).toBeDefined();
    expect((await cli('token:revoke', '--workspace', 'sunrise', '--id', keyId!)).stdout).toContain('revoked');
    await expect(cli('token:issue', '--workspace', 'sunrise', '--name', 'X', '--scopes', 'billing:admin')).rejects.toMatchObject({
      stderr: expect.stringContaining('Unknown scope billing:admin'),
    });

    const database = await openConfiguredDatabase({ dataDir, databaseUrl: undefined });
    try {
      const { rows } = await database.query<{ email: string; scopes: string[]; features: string[]; revoked: boolean; hash_is_not_token: boolean }>(
        `select a.email, r.scopes, w.features,
                (select revoked_at is not null from api_keys where id = $1) as revoked,
                (select token_hash <> $2 from api_keys where id = $1) as hash_is_not_token
           from accounts a join team_members t on t.account_id = a.id join roles r on r.id = t.role_id join workspaces w on w.id = t.workspace_id`,
        [keyId, token],
      );
      expect(rows).toEqual([
        { email: 'coord@sunrise.example', scopes: ['calendars:read', 'members:read'], features: ['ehr_healthie'], revoked: true, hash_is_not_token: true },
      ]);
    } finally {
      await database.close();
    }
  }, 120_000);
});

describe('keys:rotate', () => {
  it('re-encrypts every secret under a new key, keeps them readable, and prunes the old key on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hc-rotate-'));
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', ENCRYPTION_KEYS: '' };
    const runHere = (...args: string[]) => run('node', ['bin/healthie-connect.js', ...args], { env, timeout: 60_000 });
    try {
      await runHere('workspace:create', '--name', 'Rotate', '--slug', 'rotate');
      let database = await openConfiguredDatabase({ dataDir: dir, databaseUrl: undefined });
      const before = loadKeyring({ encryptionKeys: undefined, dataDir: dir });
      expect(statSync(join(dir, 'keyring.json')).mode & 0o777).toBe(0o600);
      const [workspace] = await database.db.select().from(workspaces);
      const secretId = await storeSecret(database.db, before, { workspaceId: workspace!.id, purpose: 'test', value: 'hk_live_secret_value' });
      await database.close();

      const rotated = await runHere('keys:rotate', '--prune');
      expect(rotated.stdout).toContain('1 secret(s) re-encrypted');
      expect(rotated.stdout).toContain(`Removed unused keys: ${before.activeId}`);

      const after = loadKeyring({ encryptionKeys: undefined, dataDir: dir });
      expect(after.activeId).not.toBe(before.activeId);
      expect([...after.keys.keys()]).toEqual([after.activeId]);
      expect(statSync(join(dir, 'keyring.json')).mode & 0o777).toBe(0o600);
      database = await openConfiguredDatabase({ dataDir: dir, databaseUrl: undefined });
      try {
        expect(await readSecret(database.db, after, secretId)).toBe('hk_live_secret_value');
        const [row] = await database.db.select().from(encryptedSecrets);
        expect(row!.keyId).toBe(after.activeId);
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
