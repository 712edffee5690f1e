import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureRefusal = 'webhook_unsigned' | 'webhook_digest_mismatch' | 'webhook_stale' | 'webhook_bad_signature';

export interface SignedDelivery {
  method: string;
  /** The path Healthie called: the one of the URL it was given (a proxy may have rewritten ours). */
  signedPath: string;
  /** The query string as sent, without "?". */
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const header = (headers: SignedDelivery['headers'], name: string) => {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** The value after the first "=": base64 padding is part of a digest, so splitting on every "=" breaks it. */
const afterFirstEquals = (value: string) => (value.includes('=') ? value.slice(value.indexOf('=') + 1) : null);

const sameHex = (a: string, b: string) => {
  if (!/^[0-9a-f]+$/i.test(a) || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
};

/**
 * Verifies a delivery as Healthie's webhook guide describes: Content-Digest is the SHA-256 of the raw
 * body (base64); Signature is the hex HMAC-SHA256, keyed with the webhook's secret, of
 * "<method> <path> <query> <digest> application/json <content length>", compared in constant time;
 * Signature-Input's `created` must fall within the replay window. Null when it holds.
 */
export function verifyDelivery(delivery: SignedDelivery, secret: string, now: Date, replayWindowMs: number): SignatureRefusal | null {
  const digestHeader = header(delivery.headers, 'content-digest');
  const signatureHeader = header(delivery.headers, 'signature');
  const input = header(delivery.headers, 'signature-input');
  if (!digestHeader || !signatureHeader || !input) return 'webhook_unsigned';
  const digest = afterFirstEquals(digestHeader);
  const signature = afterFirstEquals(signatureHeader);
  const created = /;created=(\d+)/.exec(input)?.[1];
  if (!digest || !signature || !created || !/^sha-256=/i.test(digestHeader)) return 'webhook_unsigned';
  if (digest !== createHash('sha256').update(delivery.body).digest('base64')) return 'webhook_digest_mismatch';
  if (Math.abs(now.getTime() - Number(created) * 1000) > replayWindowMs) return 'webhook_stale';
  const signed = `${delivery.method.toLowerCase()} ${delivery.signedPath} ${delivery.query} ${digest} application/json ${delivery.body.length}`;
  const expected = createHmac('sha256', secret).update(signed).digest('hex');
  return sameHex(signature, expected) ? null : 'webhook_bad_signature';
}
