import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { checkApiVersion } from '../integration/connection/api-version/version-check.ts';
import { switchApiVersion } from '../integration/connection/api-version/switch-version.ts';
import type { IntegrationContext } from '../integration/context.ts';
import { healthieSettingsFrom } from '../integration/healthie-settings.ts';
import { loadKeyring } from '../platform/keyring.ts';
import { createLogger } from '../platform/logger.ts';
import { systemActor } from '../workspace/audit.ts';
import { getWorkspace } from '../workspace/workspaces.ts';
import type { AdminCommand, Options } from './admin-commands.ts';

/** What the Healthie services need, for a command run by an operator (no job runner). */
function cliContext(config: Config, database: Database): IntegrationContext {
  const sandboxHosts = config.healthieSandbox ? [`127.0.0.1:${config.sandboxPort}`, `localhost:${config.sandboxPort}`] : [];
  return {
    database,
    keyring: loadKeyring({ encryptionKeys: config.encryptionKeys, dataDir: config.dataDir }),
    logger: createLogger({ level: 'silent' }),
    healthie: healthieSettingsFrom(config, sandboxHosts),
    sync: config.sync,
    webhooks: { ...config.webhooks },
    jobs: {
      send: async () => {
        throw new Error('Jobs are not queued from the command line');
      },
    },
  };
}

function text(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') throw new Error(`--${name} is required`);
  return value;
}

const versionOptions = { workspace: { type: 'string' }, version: { type: 'string' } } as const;

export const versionCommands: Record<string, AdminCommand> = {
  'version:check': {
    usage: 'version:check --workspace <id|slug> --version 2026-07-01   validate every Healthie operation at that API version (reads and changes nothing)',
    options: versionOptions,
    async run(db, options, config, database) {
      const workspace = await getWorkspace(db, text(options, 'workspace'));
      const checks = await checkApiVersion(cliContext(config, database), { workspaceId: workspace.id, version: text(options, 'version') });
      const lines = checks.map((c) => `${c.valid ? 'valid  ' : 'INVALID'} ${c.operation}${c.errors.length > 0 ? `: ${c.errors.join('; ')}` : ''}`);
      const failing = checks.filter((c) => !c.valid).length;
      return [...lines, failing === 0 ? `Every operation validates at ${text(options, 'version')}` : `${failing} operation(s) do not validate`].join('\n');
    },
  },
  'version:upgrade': {
    usage: 'version:upgrade --workspace <id|slug> --version 2026-07-01   switch the connection to that API version (only when every operation validates there)',
    options: versionOptions,
    async run(db, options, config, database) {
      const workspace = await getWorkspace(db, text(options, 'workspace'));
      const { connection } = await switchApiVersion(cliContext(config, database), { workspaceId: workspace.id, version: text(options, 'version'), actor: systemActor });
      return `The Healthie connection of ${workspace.slug} uses API version ${connection.apiVersion}`;
    },
  },
};
