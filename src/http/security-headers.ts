import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// This host only: other hosts under the same domain are not ours to pin to https.
const HSTS = 'max-age=31536000';

/**
 * Helmet's headers on every answer, with a Content-Security-Policy for our UI: scripts only from
 * our own build, inline styles because Mantine injects <style> tags, no framing at all. Register
 * before anything that may refuse a request, so refusals carry the headers too.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: on plain http (the loopback default) it would send the
        // UI's own requests to an https port nobody listens on.
      },
    },
    xFrameOptions: { action: 'deny' },
    // Set below, only on answers over https (directly or, with TRUST_PROXY, at the proxy):
    // browsers ignore it on plain http, the loopback default.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
}
