// /graphql: counts the request, applies injected faults and the per-key rate limit, then lets yoga
// answer. Faults act on the raw socket so clients meet real dropped and truncated responses; truncation
// and afterApply act once yoga has executed the request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate } from '../auth/authenticate.ts';
import { createHealthieYoga } from '../graphql/yoga.ts';
import { tooManyRequestsBody } from '../limits/too-many-requests.ts';
import { pick } from '../random.ts';
import type { SandboxState } from '../state.ts';
import { operationNameOf, readBody } from './body.ts';

type CannedAnswer = readonly [status: number, contentType: string, body: string];

const badGateway: CannedAnswer = [502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'];
const serverErrors: readonly CannedAnswer[] = [
  [500, 'application/json', JSON.stringify({ errors: [{ message: 'Internal Server Error' }] })],
  badGateway,
  [503, 'text/html', '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>'],
];

const notFoundPage = '<html><body><h1>404 Not Found</h1></body></html>';

export function graphqlEndpoint(state: SandboxState) {
  const yoga = createHealthieYoga(state);

  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await readBody(request);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const caller = authenticate(headers, state.store);
    const operationName = body ? operationNameOf(body) : url.searchParams.get('operationName');
    state.stats.record(operationName, caller.presentedKey);

    const fault = state.faults.next(operationName);
    if (state.faults.latencyMs > 0) await sleep(state.faults.latencyMs);
    if (fault === 'drop') {
      request.socket.destroy();
      return;
    }
    if (fault === 'error') {
      const [status, contentType, errorBody] = pick(Math.random, serverErrors);
      send(response, status, contentType, errorBody);
      return;
    }
    if (fault === 'not-found') {
      send(response, 404, 'text/html', notFoundPage);
      return;
    }
    const overBudget = !state.rateLimiter.allow(caller.presentedKey ?? '(anonymous)', state.now());
    if (fault === 'too-many-requests' || overBudget) {
      send(response, 200, 'application/json', tooManyRequestsBody);
      return;
    }

    const afterApply = fault === 'none' ? state.faults.afterApply(operationName) : null;
    const answer = await yoga.fetch(url, { method: request.method ?? 'POST', headers, body });
    const text = await answer.text();
    const contentType = answer.headers.get('content-type') ?? 'application/json';
    if (fault === 'truncate') {
      const bytes = Buffer.from(text);
      response.writeHead(answer.status, { 'content-type': contentType, 'content-length': bytes.length });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => request.socket.destroy());
      return;
    }
    if (afterApply?.effect === 'drop') {
      request.socket.destroy();
      return;
    }
    if (afterApply?.effect === 'error') {
      send(response, ...badGateway);
      return;
    }
    if (afterApply?.effect === 'delay') await sleep(afterApply.delayMs ?? 0);
    send(response, answer.status, contentType, text);
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
