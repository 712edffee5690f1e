import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../../test/support/sandbox.ts';
import { HealthieClient } from './client.ts';
import { HealthieError } from './errors.ts';
import { PageSizes } from './page-sizes.ts';
import { HealthieTransport, type ApiWarning } from './transport.ts';

const fast = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 100, maxElapsedMs: 3_000 };
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => sandbox.close());
beforeEach(async () => {
  await sandbox.setFaults({});
  await sandbox.control('DELETE', '/_sandbox/stats');
});

const transport = (apiKey = sandbox.adminKey, extra: Partial<ConstructorParameters<typeof HealthieTransport>[0]> = {}) =>
  new HealthieTransport({ endpoint: sandbox.url, apiKey, retry: fast, timeoutMs: 2_000, ...extra });

const stats = () => sandbox.control<{ total: number; byOperation: Record<string, number> }>('GET', '/_sandbox/stats');

/** A one-off server for what the sandbox does not do on purpose: Retry-After headers and warnings. */
async function withServer(
  respond: (count: number, headers: IncomingHttpHeaders) => { status: number; headers?: Record<string, string>; body: unknown },
  run: (endpoint: string) => Promise<void>,
) {
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    const answer = respond(count, req.headers);
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  } finally {
    server.close();
  }
}

describe('Healthie transport', () => {
  it('sends the key as Basic with AuthorizationSource, the API version and a shard only when the connection has one', async () => {
    const seen: IncomingHttpHeaders[] = [];
    await withServer(
      (_n, headers) => {
        seen.push(headers);
        return { status: 200, body: { data: { currentUser: null } } };
      },
      async (endpoint) => {
        await new HealthieClient(new HealthieTransport({ endpoint, apiKey: 'k-123', retry: fast })).currentUser();
        await new HealthieClient(new HealthieTransport({ endpoint, apiKey: 'k-123', retry: fast, apiVersion: '2026-01-01', authorizationShard: 'shard-7' })).currentUser();
      },
    );
    expect(seen[0]).toMatchObject({ authorization: 'Basic k-123', authorizationsource: 'API', 'healthie-graphql-api-version': '2026-07-01' });
    expect(seen[0]!.authorizationshard).toBeUndefined();
    expect(seen[1]).toMatchObject({ 'healthie-graphql-api-version': '2026-01-01', authorizationshard: 'shard-7' });
  });

  it('answers currentUser through the sandbox and counts its requests', async () => {
    const client = new HealthieClient(transport());
    expect(await client.currentUser()).toMatchObject({ name: 'Amelia Hart' });
    expect(client.requests).toBe(1);
  });

  it('does not retry a refused key, and reports it as such', async () => {
    const onAuthFailure: HealthieError[] = [];
    const client = new HealthieClient(transport('gh_sbox_unknown', { onAuthFailure: (e) => onAuthFailure.push(e) }));
    expect(await client.currentUser()).toBeNull();
    await expect(client.providers()).rejects.toMatchObject({ kind: 'auth', attempts: 1 });
    expect(onAuthFailure).toHaveLength(1);
    expect((await stats()).total).toBe(2);
  });

  it('retries 5xx, dropped connections and TOO_MANY_REQUESTS for queries, within the attempt budget', async () => {
    await sandbox.setFaults({ errorRate: 1 });
    const client = new HealthieClient(transport());
    await expect(client.currentUser()).rejects.toMatchObject({ kind: 'unavailable', attempts: fast.maxAttempts });
    expect((await stats()).total).toBe(fast.maxAttempts);
    await sandbox.setFaults({ tooManyRequestsEvery: 2 });
    await sandbox.control('DELETE', '/_sandbox/stats');
    // Requests 2 and 4 are refused; each call that meets one retries once.
    for (let i = 0; i < 3; i++) await client.currentUser();
    expect((await stats()).total).toBe(5);
  });

  it('never retries a mutation after a 5xx (it may have been applied), but does after TOO_MANY_REQUESTS', async () => {
    const mutation = parse('mutation Delete($id: String) { deleteAppointment(input: { id: $id }) { messages { field message } } }') as TypedDocumentNode<unknown, { id: string }>;
    await sandbox.setFaults({ errorRate: 1 });
    await expect(transport().request(mutation, { id: '1' })).rejects.toMatchObject({ kind: 'unavailable', attempts: 1 });
    expect((await stats()).total).toBe(1);
    await sandbox.setFaults({ tooManyRequestsEvery: 1 });
    await sandbox.control('DELETE', '/_sandbox/stats');
    await expect(transport().request(mutation, { id: '1' })).rejects.toMatchObject({ kind: 'rate_limited' });
    expect((await stats()).total).toBe(fast.maxAttempts);
  });

  it('honours Retry-After on HTTP 429', async () => {
    const started = Date.now();
    await withServer(
      (n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' }, body: {} } : { status: 200, body: { data: { currentUser: null } } }),
      async (endpoint) => {
        await new HealthieClient(new HealthieTransport({ endpoint, apiKey: 'k', retry: fast })).currentUser();
      },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("hands Healthie's extensions.warnings to the caller", async () => {
    const warnings: ApiWarning[] = [];
    await withServer(
      () => ({
        status: 200,
        body: {
          data: { currentUser: null },
          extensions: { warnings: [{ code: 'API_VERSION_SUNSET_WARNING', message: 'Send a version header before 2027-01-31' }] },
        },
      }),
      async (endpoint) => {
        await new HealthieClient(new HealthieTransport({ endpoint, apiKey: 'k', retry: fast, onWarnings: (w) => warnings.push(...w) })).currentUser();
      },
    );
    expect(warnings).toEqual([{ code: 'API_VERSION_SUNSET_WARNING', message: 'Send a version header before 2027-01-31' }]);
  });

  it('rejects an unknown API version with Healthie’s reason, without retrying', async () => {
    const client = new HealthieClient(transport(sandbox.adminKey, { apiVersion: '2019-01-01' }));
    const error = await client.currentUser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HealthieError);
    expect(error).toMatchObject({
      kind: 'version_unsupported',
      attempts: 1,
      versionRefusal: { code: 'UNSUPPORTED_API_VERSION', requestedVersion: '2019-01-01', latestVersion: '2026-07-01' },
    });
  });

  it('keeps the key and contact details out of error messages', async () => {
    await sandbox.setFaults({ errorRate: 1 });
    const error = (await new HealthieClient(transport()).currentUser().catch((e: unknown) => e)) as HealthieError;
    expect(error.message).not.toContain(sandbox.adminKey);
    expect(new HealthieError('rejected', { detail: 'value "maria@example.com" for +1 415 555 0101' }).message).not.toMatch(/maria@|555 0101/);
  });

  it('walks every page of a connection once, at the page size the complexity cap allows', async () => {
    const client = new HealthieClient(transport());
    const providers = await client.providers();
    expect(providers.length).toBeGreaterThanOrEqual(4);
    expect(new Set(providers.map((p) => p.id)).size).toBe(providers.length);
  });

  it('reads a plain HTTP 404 (not GraphQL) as "no such record" for a single-record read, and as a refusal elsewhere', async () => {
    let count = 0;
    const server = createServer((_req, res) => {
      count += 1;
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not Found</body></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const client = new HealthieClient(new HealthieTransport({ endpoint, apiKey: 'k', retry: fast }));
      expect(await client.appointment('12345')).toBeNull();
      await expect(client.providers()).rejects.toMatchObject({ kind: 'rejected', status: 404 });
      expect(count).toBe(2);
    } finally {
      server.close();
    }
  });

  it('asks again at half the page size when Healthie finds a page too complex, and keeps the size that worked', async () => {
    const firsts: number[] = [];
    const kept: Array<Record<string, number>> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { variables } = JSON.parse(body) as { variables: { first: number } };
        firsts.push(variables.first);
        res.writeHead(200, { 'content-type': 'application/json' });
        const tooComplex = variables.first > 100;
        res.end(
          JSON.stringify(
            tooComplex
              ? { errors: [{ message: `Query has complexity of ${variables.first * 20}, which exceeds max complexity of 2000` }] }
              : { data: { organizationMembers: { nodes: [{ id: '1', first_name: 'Dana', last_name: 'Reyes', email: null }], page_info: { has_next_page: false, end_cursor: null } } } },
          ),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const sizes = new PageSizes({ providers: 400 }, (s) => kept.push(s));
      const client = new HealthieClient(new HealthieTransport({ endpoint, apiKey: 'k', retry: fast }), sizes);
      expect((await client.providers()).map((p) => p.name)).toEqual(['Dana Reyes']);
      expect(firsts).toEqual([400, 200, 100]);
      expect(client.pageSize('providers')).toBe(100);
      expect(kept.at(-1)?.providers).toBe(100);
      await client.providers();
      expect(firsts.at(-1)).toBe(100);
    } finally {
      server.close();
    }
  });
});
