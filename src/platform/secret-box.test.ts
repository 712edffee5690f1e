import { describe, expect, it } from 'vitest';
import { generateKeyEntry, parseKeyringEnv } from './keyring.ts';
import { open, seal } from './secret-box.ts';

const keyring = parseKeyringEnv(generateKeyEntry());
const context = 'healthie-connect:ws:healthie:api_key';

describe('secret box (AES-256-GCM)', () => {
  it('opens what it sealed, with a 16-byte tag and a 12-byte IV', () => {
    const sealed = seal(keyring, 'gh_sbox_secret', context);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(open(keyring, sealed, context)).toBe('gh_sbox_secret');
  });

  it.each([4, 8, 12, 15])('refuses a tag cut to %i bytes (GCM would otherwise accept a truncated tag)', (bytes) => {
    const sealed = seal(keyring, 'gh_sbox_secret', context);
    const tag = Buffer.from(sealed.tag, 'base64').subarray(0, bytes).toString('base64');
    expect(() => open(keyring, { ...sealed, tag }, context)).toThrow();
  });

  it('refuses another context, a changed ciphertext and an unknown key id', () => {
    const sealed = seal(keyring, 'gh_sbox_secret', context);
    expect(() => open(keyring, sealed, 'healthie-connect:other-ws:healthie:api_key')).toThrow();
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => open(keyring, { ...sealed, ciphertext: flipped.toString('base64') }, context)).toThrow();
    expect(() => open(keyring, { ...sealed, keyId: 'gone' }, context)).toThrow('which the keyring does not hold');
  });
});
