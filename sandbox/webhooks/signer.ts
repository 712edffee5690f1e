// Signs a delivery as Healthie's webhooks guide describes: Content-Digest carries the body's SHA-256 in
// base64; Signature is the hex HMAC-SHA256, keyed with the webhook's secret, of
// "<method> <path> <query> <content digest> application/json <content length>".
import { createHash, createHmac } from 'node:crypto';

export const signedComponents = '("@method" "@path" "@query" "content-digest" "content-type" "content-length")';

export type SignedHeaders = Record<'content-type' | 'content-length' | 'content-digest' | 'signature-input' | 'signature', string>;

export function signedHeaders(url: URL, body: string, secret: string, createdAtSeconds: number): SignedHeaders {
  const digest = createHash('sha256').update(body).digest('base64');
  const contentLength = Buffer.byteLength(body);
  const query = url.search.replace(/^\?/, '');
  const signed = `post ${url.pathname} ${query} ${digest} application/json ${contentLength}`;
  const signature = createHmac('sha256', secret).update(signed).digest('hex');
  return {
    'content-type': 'application/json',
    'content-length': String(contentLength),
    'content-digest': `sha-256=${digest}`,
    'signature-input': `sig1=${signedComponents};created=${createdAtSeconds};alg="hmac-sha256"`,
    signature: `sig1=${signature}`,
  };
}
