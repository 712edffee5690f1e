import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pLimit, { type LimitFunction } from 'p-limit';
import { fetch, type Dispatcher, type Response } from 'undici';
import { HealthieError, type HealthieErrorKind } from './errors.ts';
import { defaultRetryPolicy, parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry-policy.ts';

export const HEALTHIE_API_VERSION = '2026-01-01';

export interface ApiWarning {
  code: string;
  message: string;
}

export interface TransportOptions {
  endpoint: string;
  apiKey: string;
  apiVersion?: string;
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** Shared by every transport of one connection, so a workspace cannot flood Healthie. */
  limiter?: LimitFunction;
  /** How connections are made (the Base URL check's pinned addresses); undici's global one otherwise. */
  dispatcher?: Dispatcher;
  /** Called with Healthie's extensions.warnings (API version sunset and the like). */
  onWarnings?: (warnings: ApiWarning[]) => void;
  /** Called when Healthie refuses the key, before the error is thrown. */
  onAuthFailure?: (error: HealthieError) => void;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
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
  private readonly options: Required<Omit<TransportOptions, 'onWarnings' | 'onAuthFailure' | 'limiter' | 'dispatcher'>> &
    Pick<TransportOptions, 'onWarnings' | 'onAuthFailure' | 'dispatcher'> & { limiter: LimitFunction };

  constructor(options: TransportOptions) {
    this.options = {
      apiVersion: HEALTHIE_API_VERSION,
      timeoutMs: 15_000,
      retry: defaultRetryPolicy,
      limiter: pLimit(4),
      ...options,
    };
  }

  async request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    const operation = describe(document);
    const { retry } = this.options;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.options.limiter(() => this.attempt(operation, variables, attempt));
      if (!(outcome instanceof AttemptFailure)) return outcome as TData;
      const mayRetry = outcome.retryable && (!operation.mutation || outcome.notApplied) && attempt < retry.maxAttempts;
      const delay = retryDelayMs(retry, attempt, outcome.retryAfterMs);
      if (!mayRetry || Date.now() - started + delay > retry.maxElapsedMs) {
        if (outcome.error.kind === 'auth') this.options.onAuthFailure?.(outcome.error);
        throw outcome.error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private async attempt(
    operation: { text: string; name: string },
    variables: unknown,
    attempt: number,
  ): Promise<unknown | AttemptFailure> {
    this.requests += 1;
    const fail = (kind: HealthieErrorKind, retryable: boolean, extra: { status?: number; detail?: string; cause?: unknown; notApplied?: boolean; retryAfterMs?: number | null } = {}) =>
      new AttemptFailure(
        new HealthieError(kind, { attempts: attempt, ...pick(extra, ['status', 'detail', 'cause']) }),
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
    const first = errors[0];
    if (first) {
      const code = first.extensions?.code ?? '';
      const message = first.message ?? 'unknown error';
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

function readWarnings(raw: unknown): ApiWarning[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((w) => {
    if (typeof w === 'string') return [{ code: 'WARNING', message: w }];
    if (w && typeof w === 'object') {
      const { code, message } = w as { code?: unknown; message?: unknown };
      return [{ code: typeof code === 'string' ? code : 'WARNING', message: typeof message === 'string' ? message : JSON.stringify(w) }];
    }
    return [];
  });
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
