import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HealthieError, type HealthieErrorKind } from '../healthie/errors.ts';
import { sqlStateOf } from '../db/sql-state.ts';
import { AppError } from '../platform/errors.ts';

/** A Healthie failure is never our 500: it says what failed upstream and what to do. */
const healthieStatus: Record<HealthieErrorKind, number> = {
  auth: 422,
  permission: 422,
  validation: 422,
  rate_limited: 429,
  unavailable: 502,
  bad_response: 502,
  rejected: 502,
  too_complex: 502,
  version_unsupported: 422,
  network: 502,
  timeout: 504,
};

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`);

/** Every error leaves as `{error: {code, message}}`; only our own faults are 500s, and they say nothing more. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const message = error.validation
        .map((issue) => {
          const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
          return `${where}${path ? `.${path}` : ''}: ${issue.message}`;
        })
        .join('; ');
      return reply.status(400).send({ error: { code: 'invalid_request', message } });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = sizeText(request.routeOptions.bodyLimit);
      return reply.status(413).send({ error: { code: 'body_too_large', message: `The request body is larger than the ${limit} this request takes` } });
    }
    if (error instanceof HealthieError) {
      request.log.warn({ healthie: error.kind, status: error.status, attempts: error.attempts }, 'Healthie request failed');
      return reply.status(healthieStatus[error.kind]).send({ error: { code: error.code, message: error.message } });
    }
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ code: error.code, cause: (error.cause as Error | undefined)?.name }, 'request failed');
      return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
    }
    const sqlState = sqlStateOf(error);
    if (sqlState === '23505') {
      return reply.status(409).send({ error: { code: 'conflict', message: 'That conflicts with existing data; reload and try again' } });
    }
    if (sqlState === '23503') {
      return reply.status(409).send({ error: { code: 'conflict', message: 'Something this refers to was just removed; reload and try again' } });
    }
    if (sqlState === '22021' || sqlState === '22P05') {
      return reply.status(400).send({ error: { code: 'invalid_request', message: 'A value contains a character that cannot be stored (such as a NUL byte)' } });
    }
    if (sqlState === '22P02' || sqlState === '22007' || sqlState === '22008' || sqlState === '22003') {
      return reply.status(400).send({ error: { code: 'invalid_request', message: 'A value has the wrong format or is out of range' } });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status < 500) {
      return reply.status(status).send({ error: { code: error.code?.toLowerCase() ?? 'bad_request', message: error.message } });
    }
    // The message line is left out: database errors quote the values that failed, which can be PHI.
    const frames = error.stack?.split('\n').slice(1).join('\n');
    request.log.error({ err: { type: error.name, code: sqlState ?? error.code, frames } }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal_error', message: 'Something went wrong on our side; try again' } });
  });
}
