import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './db/configured-database.ts';
import { adminCommands as workspaceCommands } from './cli/admin-commands.ts';
import { versionCommands } from './cli/version-commands.ts';
import { mcpUsage, runMcpCommand } from './cli/mcp-command.ts';
import { runServeCommand } from './cli/serve-command.ts';

const adminCommands = { ...workspaceCommands, ...versionCommands };

const usage = `Usage: healthie-connect <command> [options]

  serve                     run the product (ROLE=all|api|worker; see README for env)
  sandbox [--port P] [--seed demo|empty]
                            run the Healthie sandbox alone
  migrate                   apply database migrations and exit
  ${mcpUsage}
${Object.values(adminCommands)
  .map((c) => `  ${c.usage}`)
  .join('\n')}
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(usage);
    return command ? 0 : 1;
  }
  if (command === 'serve') return runServeCommand();
  if (command === 'mcp') return runMcpCommand(rest);
  if (command === 'sandbox') {
    const { runSandboxCli } = await import('../sandbox/cli.ts');
    await runSandboxCli(rest);
    return 0;
  }
  const config = loadConfig();
  if (command === 'migrate') {
    const database = await openConfiguredDatabase(config);
    await database.close();
    process.stdout.write('Database is up to date\n');
    return 0;
  }
  const admin = adminCommands[command];
  if (!admin) {
    process.stderr.write(`Unknown command "${command}"\n\n${usage}`);
    return 1;
  }
  const { values } = parseArgs({ args: rest, options: admin.options, strict: true });
  const database = await openConfiguredDatabase(config);
  try {
    process.stdout.write(`${await admin.run(database.db, values, config, database)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
