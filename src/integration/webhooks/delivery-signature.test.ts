import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyDelivery, type SignedDelivery } from './delivery-signature.ts';

const secret = 'whsec_test';
const now = new Date('2026-12-01T12:00:00Z');
const window = 5 * 60_000;
const path = '/api/webhooks/healthie/hook-1';

/** Signed as Healthie's guide says (a digest whose base64 ends in padding, to catch a split on every "="). */
function delivery(body: string, overrides: { createdAt?: Date; secret?: string; signedPath?: string } = {}): SignedDelivery {
  const raw = Buffer.from(body);
  const digest = createHash('sha256').update(raw).digest('base64');
  const created = Math.floor((overrides.createdAt ?? now).getTime() / 1000);
  const signed = `post ${overrides.signedPath ?? path} ${''} ${digest} application/json ${raw.length}`;
  const signature = createHmac('sha256', overrides.secret ?? secret).update(signed).digest('hex');
  return {
    method: 'POST',
    signedPath: path,
    query: '',
    body: raw,
    headers: {
      'content-type': 'application/json',
      'content-digest': `sha-256=${digest}`,
      'signature-input': `sig1=("@method" "@path" "@query" "content-digest" "content-type" "content-length");created=${created};alg="hmac-sha256"`,
      signature: `sig1=${signature}`,
    },
  };
}

const bodyWithPadding = (() => {
  for (let i = 0; ; i++) {
    const body = JSON.stringify({ resource_id: String(i), resource_id_type: 'Appointment', event_type: 'appointment.updated', changed_fields: [] });
    if (createHash('sha256').update(body).digest('base64').endsWith('=')) return body;
  }
})();

describe('webhook delivery signature', () => {
  it('accepts a delivery signed as the guide says, padding and all', () => {
    expect(verifyDelivery(delivery(bodyWithPadding), secret, now, window)).toBeNull();
  });

  it.each([
    ['no signature headers', (d: SignedDelivery) => ({ ...d, headers: { 'content-type': 'application/json' } }), 'webhook_unsigned'],
    ['a tampered body', (d: SignedDelivery) => ({ ...d, body: Buffer.from(d.body.toString().replace('appointment', 'patient')) }), 'webhook_digest_mismatch'],
    ['a forged signature', (d: SignedDelivery) => ({ ...d, headers: { ...d.headers, signature: `sig1=${'ab'.repeat(32)}` } }), 'webhook_bad_signature'],
    ['another path than the one signed', (d: SignedDelivery) => ({ ...d, signedPath: '/elsewhere' }), 'webhook_bad_signature'],
  ] as const)('refuses %s', (_name, change, reason) => {
    expect(verifyDelivery(change(delivery(bodyWithPadding)), secret, now, window)).toBe(reason);
  });

  it('refuses another secret, and a delivery signed outside the replay window either way', () => {
    expect(verifyDelivery(delivery(bodyWithPadding, { secret: 'whsec_other' }), secret, now, window)).toBe('webhook_bad_signature');
    expect(verifyDelivery(delivery(bodyWithPadding, { createdAt: new Date(now.getTime() - window - 1_000) }), secret, now, window)).toBe('webhook_stale');
    expect(verifyDelivery(delivery(bodyWithPadding, { createdAt: new Date(now.getTime() + window + 1_000) }), secret, now, window)).toBe('webhook_stale');
  });
});
