// Starts a sandbox: Healthie's GraphQL API at /graphql and the control API under /_sandbox.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeApiKey, sandboxRoutes } from './control/sandbox-routes.ts';
import { recordControlRoutes } from './control/record-routes.ts';
import { controlRouter } from './control/router.ts';
import type { DatetimeFormat } from './datetime.ts';
import { graphqlEndpoint } from './http/graphql-endpoint.ts';
import type { Seed } from './seeds/seeds.ts';
import type { Settings } from './settings.ts';
import { SandboxState } from './state.ts';

export interface SandboxOptions {
  port?: number;
  host?: string;
  seed?: Seed;
  datetimeFormat?: DatetimeFormat;
  /** The sandbox logs nothing; the option exists so callers can say so explicitly. */
  logger?: false;
  settings?: Partial<Settings>;
}

export interface SandboxApiKey {
  key: string;
  userId: string;
  name: string;
  email: string;
  canListOrganizationMembers: boolean;
}

export interface RunningSandbox {
  url: string;
  baseUrl: string;
  apiKeys: SandboxApiKey[];
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const state = new SandboxState({ ...options.settings, ...(options.datetimeFormat ? { datetimeFormat: options.datetimeFormat } : {}) });
  const apiKeys = state.reset(options.seed ?? 'demo').map((apiKey) => describeApiKey(state, apiKey));
  const graphql = graphqlEndpoint(state);
  const control = controlRouter([...sandboxRoutes(state), ...recordControlRoutes(state)]);

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://sandbox.local');
    const handler = url.pathname === '/graphql' ? graphql : url.pathname.startsWith('/_sandbox/') ? control : notFound;
    handler(request, response, url).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const body = JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : 'Internal Server Error' }] });
      response.writeHead(500, { 'content-type': 'application/json' }).end(body);
    });
  });

  // Idle connections are closed by the client first (fetch keeps them 4 s): a request is never sent
  // on a connection this side is closing at that moment, which fails with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: `${baseUrl}/graphql`,
    baseUrl,
    apiKeys: apiKeys.map(({ revoked: _revoked, ...apiKey }) => apiKey),
    close: () =>
      new Promise<void>((resolve, reject) => {
        state.webhooks.cancelAll();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function notFound(_request: IncomingMessage, response: ServerResponse): Promise<void> {
  response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Not found' } }));
}
