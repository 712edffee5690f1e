import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring.ts';

const ALGORITHM = 'aes-256-gcm';
/** The full 128-bit tag, always: a decipher that accepted a shorter one would accept forgeries far more easily. */
const TAG_BYTES = 16;

export interface SealedSecret {
  keyId: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

/**
 * AES-256-GCM with a random 96-bit IV. The context (e.g. workspace and purpose) is bound as
 * additional authenticated data, so a ciphertext copied to another row does not open.
 */
export function seal(keyring: Keyring, plaintext: string, context: string): SealedSecret {
  const key = keyring.keys.get(keyring.activeId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    keyId: keyring.activeId,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function open(keyring: Keyring, sealed: SealedSecret, context: string): string {
  const key = keyring.keys.get(sealed.keyId);
  if (!key) throw new Error(`The secret was sealed with key "${sealed.keyId}", which the keyring does not hold`);
  const tag = Buffer.from(sealed.tag, 'base64');
  if (tag.length !== TAG_BYTES) throw new Error(`The secret's authentication tag is ${tag.length} bytes, not ${TAG_BYTES}`);
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64'), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
}
