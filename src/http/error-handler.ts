import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../platform/errors.ts';

interface PgLikeError {
  code?: string;
  constraint?: string;
}

function pgError(error: unknown): PgLikeError | null {
  for (let e = error as { cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as never, depth++) {
    const code = (e as PgLikeError).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgLikeError;
  }
  return null;
}

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
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error.cause ?? error, code: error.code }, error.message);
      return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
    }
    const pg = pgError(error);
    if (pg?.code === '23505') {
      return reply.status(409).send({ error: { code: 'conflict', message: 'That conflicts with existing data; reload and try again' } });
    }
    if (pg?.code === '22P02' || pg?.code === '22007' || pg?.code === '22008') {
      return reply.status(400).send({ error: { code: 'invalid_request', message: 'A value has the wrong format' } });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status < 500) {
      return reply.status(status).send({ error: { code: error.code?.toLowerCase() ?? 'bad_request', message: error.message } });
    }
    // The message line is left out: database errors quote the values that failed, which can be PHI.
    const frames = error.stack?.split('\n').slice(1).join('\n');
    request.log.error({ err: { type: error.name, code: pg?.code ?? error.code, frames } }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal_error', message: 'Something went wrong on our side; try again' } });
  });
}
