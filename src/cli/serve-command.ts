import { loadConfig } from '../config.ts';
import { compileWebAssemblyOptimised } from '../db/pglite-compilation.ts';
import { createLogger } from '../platform/logger.ts';
import { startServer, type RunningServer } from '../server.ts';

/** `serve`: starts the product, prints where it is and how to sign in, and stops cleanly on a signal. */
export async function runServeCommand(): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl) compileWebAssemblyOptimised();
  const logger = createLogger({ level: config.logLevel });
  const started = Date.now();
  const server = await startServer(config, logger);
  process.stdout.write(banner(server, Date.now() - started, config.role));
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  return 0;
}

function banner(server: RunningServer, ms: number, role: string): string {
  const lines = [``, `healthie-connect is running (ROLE=${role}, started in ${(ms / 1000).toFixed(1)} s)`];
  if (server.url) lines.push(`  Web UI and API:   ${server.url}`, `  Health:           ${server.url}/api/health`);
  if (server.metricsUrl) lines.push(`  Metrics:          ${server.metricsUrl}/metrics (this machine only)`);
  if (server.demo) {
    lines.push(
      `  Demo workspace:   ${server.demo.workspaceSlug} (${server.demo.workspaceId})`,
      `  Demo sign-in:     ${server.demo.email} / ${server.demo.password}`,
      `  Demo API token:   ${server.demo.token}`,
    );
  }
  if (server.sandbox) {
    lines.push(`  Healthie sandbox: ${server.sandbox.url}`);
    for (const key of server.sandbox.apiKeys) lines.push(`    API key for ${key.name}: ${key.key}`);
  }
  lines.push('', 'Press Ctrl+C to stop.', '');
  return lines.join('\n');
}
