// A tiny JSON router for the control API under /_sandbox.
import { GraphQLError } from '../graphql-js.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody } from '../http/body.ts';

export interface ControlRequest {
  params: Record<string, string>;
  body: unknown;
}

export interface ControlResponse {
  status: number;
  body: unknown;
}

export type ControlHandler = (request: ControlRequest) => ControlResponse | Promise<ControlResponse>;

export interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  handler: ControlHandler;
}

export const ok = (body: unknown, status = 200): ControlResponse => ({ status, body });
export const problem = (status: number, code: string, message: string): ControlResponse => ({ status, body: { error: { code, message } } });

/** Parses a body against a zod schema; a failure is answered 400 by the router. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  return schema.parse(body ?? {});
}

export function controlRouter(routes: ControlRoute[]) {
  const compiled = routes.map((route) => ({
    ...route,
    pattern: new RegExp(`^${route.path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
  }));

  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const answer = await dispatch(request, url);
    const text = JSON.stringify(answer.body);
    response.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  };

  async function dispatch(request: IncomingMessage, url: URL): Promise<ControlResponse> {
    const candidates = compiled.filter((route) => route.pattern.test(url.pathname));
    if (candidates.length === 0) return problem(404, 'NOT_FOUND', `No control route ${url.pathname}`);
    const route = candidates.find((candidate) => candidate.method === request.method);
    if (!route) return problem(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${url.pathname}`);
    const params = Object.fromEntries(
      Object.entries(route.pattern.exec(url.pathname)?.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]),
    );
    try {
      const raw = (await readBody(request)).toString('utf8');
      return await route.handler({ params, body: raw ? (JSON.parse(raw) as unknown) : undefined });
    } catch (error) {
      if (error instanceof SyntaxError) return problem(400, 'INVALID_JSON', error.message);
      if (error instanceof z.ZodError) return problem(400, 'INVALID_BODY', z.prettifyError(error));
      if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return problem(404, 'NOT_FOUND', error.message);
      throw error;
    }
  }
}
