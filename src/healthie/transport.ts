import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { fetch, type Dispatcher, type Response } from 'undici';
import { HealthieError, scrub, type HealthieErrorKind } from './errors.ts';
import { inProcessGate, type RequestGate } from './request-gate.ts';
import { backoffCeilingMs, defaultRetryPolicy, parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry-policy.ts';

/** The newest Healthie API version this release's operations are validated against (src/healthie/operations). */
export const HEALTHIE_API_VERSION = '2026-07-01';

/** A warning from Healthie's `extensions.warnings`, with the version facts it carries. */
export interface ApiWarning {
  code: string;
  message: string;
  requestedVersion?: string;
  sunsetDate?: string;
  latestVersion?: string;
}

/** What Healthie said when it refused the API version (UNSUPPORTED_API_VERSION, MISSING_API_VERSION_HEADER). */
export interface VersionRefusal {
  code: string;
  requestedVersion: string | null;
  minimumSupportedVersion: string | null;
  latestVersion: string | null;
}

export interface TransportOptions {
  endpoint: string;
  apiKey: string;
  apiVersion?: string;
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** Shared by every transport of one connection (across processes on PostgreSQL), so a workspace cannot flood Healthie. */
  gate?: RequestGate;
  /** How connections are made (the Base URL check's pinned addresses); undici's global one otherwise. */
  dispatcher?: Dispatcher;
  /** Called with Healthie's extensions.warnings (API version sunset and the like). */
  onWarnings?: (warnings: ApiWarning[]) => void;
  /** Called when Healthie refuses the key or the API version, before the error is thrown. */
  onAuthFailure?: (error: HealthieError) => void;
  /** Sent as `AuthorizationShard` (Healthie: customers whose data is in a shard must send it). */
  authorizationShard?: string | null;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: Array<{ message?: string; extensions?: Record<string, unknown> & { code?: string } }>;
  extensions?: { warnings?: unknown };
}

const printed = new WeakMap<DocumentNode, { text: string; name: string; mutation: boolean }>();

function describe(document: DocumentNode) {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    entry = { text: print(document), name: operation?.name?.value ?? 'anonymous', mutation: operation?.operation === 'mutation' };
    printed.set(document, entry);
  }
  return entry;
}

/** What a Healthie error code looks like; anything else is not repeated. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const authCodes = new Set(['UNAUTHENTICATED', 'UNAUTHORIZED', 'INVALID_API_KEY']);
const versionCodes = new Set(['UNSUPPORTED_API_VERSION', 'MISSING_API_VERSION_HEADER']);
const COMPLEXITY = /exceeds max complexity/i;
const permissionCodes = new Set(['FORBIDDEN', 'PERMISSION_DENIED', 'ACCESS_DENIED']);

/** A failed attempt: whether it may be tried again, and whether a mutation could have been applied. */
class AttemptFailure {
  constructor(
    readonly error: HealthieError,
    readonly retryable: boolean,
    /** The request surely did not reach Healthie's resolvers (refused connection, rate limit). */
    readonly notApplied: boolean,
    readonly retryAfterMs: number | null = null,
  ) {}
}

/**
 * One Healthie endpoint with one key: headers, version pin, per-request timeout, bounded retries
 * with jittered backoff for what Healthie asks us to retry, and errors mapped to HealthieError.
 */
export class HealthieTransport {
  /** Requests sent, retries included. */
  requests = 0;
  private readonly options: Required<Omit<TransportOptions, 'onWarnings' | 'onAuthFailure' | 'gate' | 'dispatcher' | 'authorizationShard'>> &
    Pick<TransportOptions, 'onWarnings' | 'onAuthFailure' | 'dispatcher' | 'authorizationShard'> & { gate: RequestGate };

  constructor(options: TransportOptions) {
    this.options = {
      apiVersion: HEALTHIE_API_VERSION,
      timeoutMs: 15_000,
      retry: defaultRetryPolicy,
      gate: inProcessGate(4),
      ...options,
    };
  }

  async request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    return (await this.send(document, variables, false)) as TData;
  }

  /**
   * A single-record read: Healthie sometimes answers an unknown record with a plain HTTP 404 instead
   * of GraphQL (its error guide says so), which means "no such record" here: null.
   */
  async requestRecord<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData | null> {
    return this.send(document, variables, true);
  }

  /** Sends a document as written, for a check that only asks Healthie to validate it (nothing retried). */
  async validateOnly(text: string, operationName: string, variables: unknown): Promise<{ errors: Array<{ message: string; code: string | null }> }> {
    const outcome = await this.options.gate.run(() => this.attempt({ text, name: operationName }, variables, 1, false, true));
    if (outcome instanceof AttemptFailure) throw outcome.error;
    return outcome as { errors: Array<{ message: string; code: string | null }> };
  }

  /** Tells the connection the key (or version) was refused, as a failed request would, and gives the error back to throw. */
  refused(error: HealthieError): HealthieError {
    this.options.onAuthFailure?.(error);
    return error;
  }

  private async send<TData>(document: DocumentNode, variables: unknown, notFoundIsNull: boolean): Promise<TData | null> {
    const operation = describe(document);
    const { retry } = this.options;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.options.gate.run(() => this.attempt(operation, variables, attempt, notFoundIsNull, false));
      if (!(outcome instanceof AttemptFailure)) return outcome as TData | null;
      if (outcome.error.kind === 'rate_limited') await this.options.gate.backOff(outcome.retryAfterMs ?? backoffCeilingMs(retry, attempt));
      const mayRetry = outcome.retryable && (!operation.mutation || outcome.notApplied) && attempt < retry.maxAttempts;
      const delay = retryDelayMs(retry, attempt, outcome.retryAfterMs);
      if (!mayRetry || Date.now() - started + delay > retry.maxElapsedMs) {
        if (outcome.error.kind === 'auth' || outcome.error.kind === 'version_unsupported') throw this.refused(outcome.error);
        throw outcome.error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private async attempt(
    operation: { text: string; name: string },
    variables: unknown,
    attempt: number,
    notFoundIsNull: boolean,
    validation: boolean,
  ): Promise<unknown | AttemptFailure> {
    this.requests += 1;
    const fail = (
      kind: HealthieErrorKind,
      retryable: boolean,
      extra: { status?: number; detail?: string; cause?: unknown; notApplied?: boolean; retryAfterMs?: number | null; versionRefusal?: VersionRefusal } = {},
    ) =>
      new AttemptFailure(
        new HealthieError(kind, { attempts: attempt, ...pick(extra, ['status', 'detail', 'cause', 'versionRefusal']) }),
        retryable,
        extra.notApplied ?? false,
        extra.retryAfterMs ?? null,
      );

    let response: Response;
    let text: string;
    try {
      response = await fetch(this.options.endpoint, {
        method: 'POST',
        redirect: 'error',
        ...(this.options.dispatcher ? { dispatcher: this.options.dispatcher } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Basic ${this.options.apiKey}`,
          authorizationsource: 'API',
          'healthie-graphql-api-version': this.options.apiVersion,
          ...(this.options.authorizationShard ? { authorizationshard: this.options.authorizationShard } : {}),
        },
        body: JSON.stringify({ query: operation.text, variables, operationName: operation.name }),
      });
      text = await response.text();
    } catch (error) {
      if (isTimeout(error)) return fail('timeout', true, { cause: error });
      return fail('network', true, { cause: error, notApplied: isRefused(error) });
    }

    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    if (response.status === 429) return fail('rate_limited', true, { status: 429, notApplied: true, retryAfterMs });
    if (response.status === 401) return fail('auth', false, { status: 401 });
    if (response.status === 403) return fail('permission', false, { status: 403 });
    if (response.status >= 500) return fail('unavailable', true, { status: response.status, detail: `(HTTP ${response.status})`, retryAfterMs });

    let body: GraphQLResponse;
    try {
      body = JSON.parse(text) as GraphQLResponse;
    } catch (error) {
      if (response.status === 404) return notFoundIsNull ? null : fail('rejected', false, { status: 404, detail: '(HTTP 404)' });
      return fail('bad_response', true, { status: response.status, cause: error });
    }
    if (typeof body !== 'object' || body === null || (!('data' in body) && !('errors' in body))) {
      return fail('bad_response', true, { status: response.status });
    }
    const warnings = readWarnings(body.extensions?.warnings);
    if (warnings.length > 0) this.options.onWarnings?.(warnings);

    const errors = body.errors ?? [];
    if (errors.some((e) => e.extensions?.code === 'TOO_MANY_REQUESTS')) {
      return fail('rate_limited', true, { status: response.status, notApplied: true, retryAfterMs });
    }
    const refusal = errors.find((e) => versionCodes.has(e.extensions?.code ?? ''));
    if (refusal) return fail('version_unsupported', false, { status: response.status, versionRefusal: readRefusal(refusal.extensions!) });
    if (validation) {
      return { errors: errors.map((e) => ({ message: scrub(e.message ?? 'unknown error'), code: typeof e.extensions?.code === 'string' ? e.extensions.code : null })) };
    }
    const first = errors[0];
    if (first) {
      const code = first.extensions?.code ?? '';
      const message = first.message ?? 'unknown error';
      if (COMPLEXITY.test(message)) return fail('too_complex', false, { status: response.status });
      if (authCodes.has(code) || /api key|not authenticated|unauthori[sz]ed|must be logged in/i.test(message)) {
        return fail('auth', false, { status: response.status });
      }
      if (permissionCodes.has(code) || /permission|not allowed|access denied/i.test(message)) {
        return fail('permission', false, { status: response.status });
      }
      // "Not found" is an answer: the record's field is null because it does not exist.
      if (body.data && errors.every((e) => e.extensions?.code === 'NOT_FOUND')) return body.data;
      // Data with errors is a partial answer (a field failed): trusting it could turn a field that
      // failed to load into "no provider" or "no patient". Treated as a failed request.
      return body.data === undefined || body.data === null
        ? fail('rejected', false, { status: response.status, ...(ERROR_CODE.test(code) ? { detail: `(${code})` } : {}) })
        : fail('bad_response', true, { status: response.status, detail: '(Healthie answered only in part)' });
    }
    if (response.status >= 400) return fail('rejected', false, { status: response.status, detail: `(HTTP ${response.status})` });
    return body.data;
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.length <= 500 ? value : undefined);
/** Healthie's version dates, and nothing else, from a warning or a refusal. */
const versionDate = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

function readWarnings(raw: unknown): ApiWarning[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((w): ApiWarning[] => {
    if (typeof w === 'string') return [{ code: 'WARNING', message: w.slice(0, 500) }];
    if (!w || typeof w !== 'object') return [];
    const fields = w as Record<string, unknown>;
    const facts = { requestedVersion: versionDate(fields.requested_version), sunsetDate: versionDate(fields.sunset_date), latestVersion: versionDate(fields.latest_version) };
    return [
      {
        code: text(fields.code) ?? 'WARNING',
        message: text(fields.message) ?? '',
        ...(Object.fromEntries(Object.entries(facts).filter(([, v]) => v)) as Partial<ApiWarning>),
      },
    ];
  });
}

function readRefusal(extensions: Record<string, unknown>): VersionRefusal {
  return {
    code: String(extensions.code),
    requestedVersion: versionDate(extensions.requested_version) ?? null,
    minimumSupportedVersion: versionDate(extensions.minimum_supported_version) ?? null,
    latestVersion: versionDate(extensions.latest_version) ?? null,
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function isRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === 'ECONNREFUSED';
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]])) as Pick<T, K>;
}
