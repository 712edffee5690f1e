import pino, { type Logger } from 'pino';

/**
 * Secrets and PHI never reach a log line: these paths are censored wherever they appear, and
 * request logs carry the route, never the query string or the body.
 */
export const redactedPaths = [
  'apiKey',
  'token',
  'password',
  'authorization',
  'cookie',
  'email',
  'phone',
  'firstName',
  'lastName',
  'name',
  '*.apiKey',
  '*.token',
  '*.password',
  '*.authorization',
  '*.cookie',
  '*.email',
  '*.phone',
  '*.firstName',
  '*.lastName',
  '*.name',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
];

export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      base: { service: 'healthie-connect' },
    },
    options.destination,
  );
}

export type { Logger };
