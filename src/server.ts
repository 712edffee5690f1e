import { existsSync } from 'node:fs';
import type { Config } from './config.ts';
import { bootstrapDemoWorkspace, type DemoCredentials } from './bootstrap/demo-workspace.ts';
import { openConfiguredDatabase } from './db/configured-database.ts';
import { buildApp, type App } from './http/app.ts';
import { startMetricsServer } from './http/metrics-server.ts';
import { registerWebUi } from './http/web-ui.ts';
import { healthieSettingsFrom } from './integration/healthie-settings.ts';
import { allJobs } from './jobs/all-jobs.ts';
import { loadKeyring } from './platform/keyring.ts';
import { startJobRunner, type JobRunner, type SendOptions } from './jobs/job-runner.ts';
import type { Logger } from './platform/logger.ts';
import { explainPortInUse } from './platform/port-in-use.ts';
import { projectFile } from './project-files.ts';

const webDist = projectFile('web/dist');

export interface RunningServer {
  app: App | null;
  url: string | null;
  /** The loopback-only metrics listener's base URL, when METRICS_PORT is set. */
  metricsUrl: string | null;
  demo: DemoCredentials | null;
  sandbox: { url: string; apiKeys: Array<{ key: string; name: string; email: string }> } | null;
  stop(): Promise<void>;
}

/** Starts what ROLE asks for: the HTTP API and UI (all, api), the job workers (all, worker). */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config, logger);
  const stops: Array<() => Promise<void>> = [() => database.close()];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => logger.error({ err: error }, 'shutdown step failed'));
  };
  try {
    const demo = await bootstrapDemoWorkspace(database.db, config.bootstrap);

    let sandbox: RunningServer['sandbox'] = null;
    if (config.healthieSandbox && config.role === 'all') {
      const { startSandbox } = await import('../sandbox/server.ts');
      const running = await startSandbox({ port: config.sandboxPort, seed: 'demo', logger: false }).catch((error: unknown) => {
        throw explainPortInUse(error, config.sandboxPort, 'the embedded Healthie sandbox', 'SANDBOX_PORT');
      });
      stops.push(() => running.close());
      sandbox = { url: running.url, apiKeys: running.apiKeys };
    }

    const sandboxHosts = sandbox ? [`127.0.0.1:${new URL(sandbox.url).port}`, `localhost:${new URL(sandbox.url).port}`] : [];
    let jobs: JobRunner | null = null;
    const ctx = {
      config,
      database,
      logger,
      keyring: loadKeyring({ encryptionKeys: config.encryptionKeys, dataDir: config.dataDir }),
      healthie: healthieSettingsFrom(config, sandboxHosts),
      sync: config.sync,
      webhooks: { ...config.webhooks },
      jobs: {
        send: (name: string, data: object, options?: SendOptions) => {
          if (!jobs) throw new Error('The job runner is not started');
          return jobs.send(name, data, options);
        },
        nudge: (name: string) => jobs?.nudge(name),
      },
    };

    jobs = await startJobRunner({
      database,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      logger,
      definitions: allJobs(ctx, config),
      work: config.role !== 'api',
    });
    const runner = jobs;
    stops.push(() => runner.stop());

    let app: App | null = null;
    let url: string | null = null;
    if (config.role !== 'worker') {
      app = await buildApp(ctx, { metricsToken: config.metrics.token });
      if (existsSync(webDist)) {
        await registerWebUi(app, webDist);
      }
      url = await app.listen({ port: config.port, host: config.host }).catch((error: unknown) => {
        throw explainPortInUse(error, config.port, 'the web UI and API', 'PORT');
      });
      // With the embedded sandbox, Healthie is on this machine and reaches us on loopback.
      if (!ctx.webhooks.publicUrl && sandbox) ctx.webhooks.publicUrl = url.replace('://0.0.0.0', '://127.0.0.1');
      const listening = app;
      stops.push(() => listening.close());
    }
    // Every role: a worker has no other HTTP port to be scraped on.
    let metricsUrl: string | null = null;
    if (config.metrics.port !== undefined) {
      const metrics = await startMetricsServer(config.metrics.port, logger);
      stops.push(() => metrics.close());
      metricsUrl = metrics.url;
    }
    return { app, url, metricsUrl, demo, sandbox, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
