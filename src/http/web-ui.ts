import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../platform/errors.ts';

/**
 * Serves the built UI from one public route: a file of the build when the path names one, else
 * index.html for the client's own routes. Unknown /api/ paths stay JSON 404s.
 */
export async function registerWebUi(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    if (path.startsWith('api/')) throw notFound(`Route ${request.method} /${path.split('?')[0]}`);
    const file = normalize(path).replace(/^(\.\.(\/|$))+/, '');
    const isFile = file !== '' && existsSync(join(root, file)) && statSync(join(root, file)).isFile();
    return isFile ? reply.sendFile(file) : reply.sendFile('index.html');
  });
}
