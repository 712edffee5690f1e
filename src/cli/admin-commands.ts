import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/database.ts';
import { addActiveKey, loadKeyring, pruneKeys } from '../platform/keyring.ts';
import { reencryptAllSecrets } from '../platform/secret-store.ts';
import { addToWorkspace, createAccount, findAccountByEmail } from '../workspace/accounts.ts';
import { issueApiKey, revokeApiKey } from '../workspace/api-keys.ts';
import { recordAudit, systemActor } from '../workspace/audit.ts';
import { allScopes, parseScopes } from '../workspace/scopes.ts';
import { createWorkspace, getWorkspace, knownFeatures, setFeature } from '../workspace/workspaces.ts';

export type Options = Record<string, string | boolean | Array<string | boolean> | undefined>;

export interface AdminCommand {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  run(db: Db, options: Options, config: Config, database: Database): Promise<string>;
}

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') throw new Error(`--${name} is required`);
  return value;
}

const scopesOption = (options: Options) =>
  typeof options.scopes === 'string' ? parseScopes(options.scopes) : allScopes;

export const adminCommands: Record<string, AdminCommand> = {
  'workspace:create': {
    usage: 'workspace:create --name "Clinic" [--slug clinic] [--feature ehr_healthie ...]',
    options: { name: { type: 'string' }, slug: { type: 'string' }, feature: { type: 'string', multiple: true } },
    async run(db, options) {
      const features = (options.feature as string[] | undefined) ?? [];
      const workspace = await db.transaction(async (tx) => {
        const created = await createWorkspace(tx, {
          name: required(options, 'name'),
          ...(typeof options.slug === 'string' ? { slug: options.slug } : {}),
          features,
        });
        await recordAudit(tx, { workspaceId: created.id, actor: systemActor, action: 'workspace.created' });
        return created;
      });
      return `Workspace ${workspace.name} created: id ${workspace.id}, slug ${workspace.slug}, features [${workspace.features.join(', ')}]`;
    },
  },

  'workspace:feature': {
    usage: `workspace:feature --workspace <id|slug> --feature <${knownFeatures.join('|')}> --on|--off`,
    options: { workspace: { type: 'string' }, feature: { type: 'string' }, on: { type: 'boolean' }, off: { type: 'boolean' } },
    async run(db, options) {
      if (Boolean(options.on) === Boolean(options.off)) throw new Error('Give exactly one of --on and --off');
      const feature = required(options, 'feature');
      if (!/^[a-z][a-z0-9_]*$/.test(feature)) throw new Error('A feature flag is lower_snake_case, e.g. ehr_healthie');
      const updated = await db.transaction(async (tx) => {
        const workspace = await getWorkspace(tx, required(options, 'workspace'));
        const result = await setFeature(tx, workspace.id, feature, Boolean(options.on));
        await recordAudit(tx, {
          workspaceId: workspace.id,
          actor: systemActor,
          action: options.on ? 'feature.enabled' : 'feature.disabled',
          details: { feature },
        });
        return result;
      });
      return `Workspace ${updated.slug} features: [${updated.features.join(', ')}]`;
    },
  },

  'user:create': {
    usage: 'user:create --workspace <id|slug> --email a@b.c --name "Name" [--password P] [--scopes "members:read calendars:read"]',
    options: { workspace: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, scopes: { type: 'string' } },
    async run(db, options) {
      const password = typeof options.password === 'string' ? options.password : randomBytes(9).toString('base64url');
      const scopes = typeof options.scopes === 'string' ? parseScopes(options.scopes) : undefined;
      const account = await db.transaction(async (tx) => {
        const workspace = await getWorkspace(tx, required(options, 'workspace'));
        const created = await createAccount(tx, { email: required(options, 'email'), name: required(options, 'name'), password });
        await addToWorkspace(tx, { workspaceId: workspace.id, accountId: created.id, ...(scopes ? { scopes } : {}) });
        await recordAudit(tx, { workspaceId: workspace.id, actor: systemActor, action: 'user.added', target: { type: 'account', id: created.id } });
        return created;
      });
      return [
        `User ${account.email} created with ${scopes ? scopes.join(' ') : 'the Manager role (every scope)'}`,
        ...(typeof options.password === 'string' ? [] : [`Password: ${password}`]),
      ].join('\n');
    },
  },

  'token:issue': {
    usage: 'token:issue --workspace <id|slug> --name "CI" [--scopes "members:read"] [--days 90] [--owner a@b.c]',
    options: { workspace: { type: 'string' }, name: { type: 'string' }, scopes: { type: 'string' }, days: { type: 'string' }, owner: { type: 'string' } },
    async run(db, options) {
      const issued = await db.transaction(async (tx) => {
        const workspace = await getWorkspace(tx, required(options, 'workspace'));
        const owner = typeof options.owner === 'string' ? await findAccountByEmail(tx, options.owner) : undefined;
        if (typeof options.owner === 'string' && !owner) throw new Error(`No account ${options.owner}`);
        const result = await issueApiKey(tx, {
          workspaceId: workspace.id,
          accountId: owner?.id ?? null,
          name: required(options, 'name'),
          scopes: scopesOption(options),
          ...(typeof options.days === 'string' ? { expiresInDays: Number(options.days) } : {}),
        });
        await recordAudit(tx, { workspaceId: workspace.id, actor: systemActor, action: 'api_key.issued', target: { type: 'api_key', id: result.key.id } });
        return result;
      });
      return [
        `API key ${issued.key.id} (${issued.key.name}) expires ${issued.key.expiresAt.toISOString()}`,
        `Scopes: ${issued.key.scopes.join(' ')}`,
        `Token (shown once): ${issued.token}`,
      ].join('\n');
    },
  },

  'token:revoke': {
    usage: 'token:revoke --workspace <id|slug> --id <api key id>',
    options: { workspace: { type: 'string' }, id: { type: 'string' } },
    async run(db, options) {
      const keyId = required(options, 'id');
      if (!/^[0-9a-f-]{36}$/i.test(keyId)) throw new Error('--id is the API key id printed by token:issue');
      await db.transaction(async (tx) => {
        const workspace = await getWorkspace(tx, required(options, 'workspace'));
        await revokeApiKey(tx, { workspaceId: workspace.id, keyId });
        await recordAudit(tx, { workspaceId: workspace.id, actor: systemActor, action: 'api_key.revoked', target: { type: 'api_key', id: keyId } });
      });
      return `API key ${keyId} revoked`;
    },
  },

  'keys:rotate': {
    usage: 'keys:rotate [--prune]   re-encrypt every stored secret with a new (file keyring) or the first (ENCRYPTION_KEYS) key',
    options: { prune: { type: 'boolean' } },
    async run(db, options, config) {
      let keyring = loadKeyring({ encryptionKeys: config.encryptionKeys, dataDir: config.dataDir });
      if (keyring.source.kind === 'file') keyring = addActiveKey(keyring);
      const reencrypted = await reencryptAllSecrets(db, keyring);
      const lines = [`Active key ${keyring.activeId}; ${reencrypted} secret(s) re-encrypted`];
      if (options.prune) {
        const removed = pruneKeys(keyring);
        lines.push(removed.length > 0 ? `Removed unused keys: ${removed.join(', ')}` : 'No unused keys to remove');
      } else if (keyring.source.kind === 'env' && keyring.keys.size > 1) {
        lines.push(`Every secret now uses ${keyring.activeId}; the other ENCRYPTION_KEYS entries can be removed`);
      }
      return lines.join('\n');
    },
  },
};
