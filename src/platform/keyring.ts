import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from './private-dir.ts';

/** AES-256 keys by id; `activeId` seals new secrets, every key opens what it sealed. */
export interface Keyring {
  activeId: string;
  keys: Map<string, Buffer>;
  /** Where the keyring lives, for rotation: a file we may rewrite, or the environment. */
  source: { kind: 'env' } | { kind: 'file'; path: string };
}

export const KEYRING_FILE = 'keyring.json';

/**
 * ENCRYPTION_KEYS is "id:base64key[,id:base64key...]", the first being active. Without it, the
 * keyring is a file in the data directory, created on first use with mode 0600.
 */
export function loadKeyring(options: { encryptionKeys: string | undefined; dataDir: string }): Keyring {
  if (options.encryptionKeys) return parseKeyringEnv(options.encryptionKeys);
  ensurePrivateDir(options.dataDir);
  const path = join(options.dataDir, KEYRING_FILE);
  if (!existsSync(path)) writeKeyringFile(path, { activeId: newKeyId(), keys: new Map() }, true);
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { active: string; keys: Array<{ id: string; key: string }> };
  const keys = new Map(stored.keys.map((k) => [k.id, decodeKey(k.key, k.id)]));
  if (!keys.has(stored.active)) throw new Error(`The keyring in ${path} has no key "${stored.active}"`);
  return { activeId: stored.active, keys, source: { kind: 'file', path } };
}

export function parseKeyringEnv(value: string): Keyring {
  const keys = new Map<string, Buffer>();
  const ids: string[] = [];
  for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    if (separator < 1 || !/^[\w.-]{1,64}$/.test(id)) throw new Error('ENCRYPTION_KEYS entries look like "id:base64key"');
    if (keys.has(id)) throw new Error(`ENCRYPTION_KEYS names the key id "${id}" twice`);
    keys.set(id, decodeKey(entry.slice(separator + 1), id));
    ids.push(id);
  }
  if (ids.length === 0) throw new Error('ENCRYPTION_KEYS holds no key');
  return { activeId: ids[0]!, keys, source: { kind: 'env' } };
}

/** A fresh ENCRYPTION_KEYS entry, for operators. */
export function generateKeyEntry(): string {
  return `${newKeyId()}:${randomBytes(32).toString('base64')}`;
}

/** Adds a new active key to a file keyring and saves it; the old keys stay to open old secrets. */
export function addActiveKey(keyring: Keyring): Keyring {
  if (keyring.source.kind !== 'file') {
    throw new Error('The keyring comes from ENCRYPTION_KEYS: put a new key first in that list, restart, then rotate');
  }
  const activeId = newKeyId();
  const next: Keyring = { ...keyring, activeId, keys: new Map(keyring.keys) };
  next.keys.set(activeId, randomBytes(32));
  writeKeyringFile(keyring.source.path, next, false);
  return next;
}

/** Drops every key but the active one, once all secrets are sealed with it (file keyrings only). */
export function pruneKeys(keyring: Keyring): string[] {
  if (keyring.source.kind !== 'file') return [];
  const removed = [...keyring.keys.keys()].filter((id) => id !== keyring.activeId);
  for (const id of removed) keyring.keys.delete(id);
  writeKeyringFile(keyring.source.path, keyring, false);
  return removed;
}

function writeKeyringFile(path: string, keyring: Pick<Keyring, 'activeId' | 'keys'>, fresh: boolean): void {
  const keys = new Map(keyring.keys);
  if (fresh) keys.set(keyring.activeId, randomBytes(32));
  const body = JSON.stringify(
    { active: keyring.activeId, keys: [...keys].map(([id, key]) => ({ id, key: key.toString('base64') })) },
    null,
    2,
  );
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, body, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

function decodeKey(base64: string, id: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error(`Key "${id}" must be 32 bytes, base64-encoded`);
  return key;
}

function newKeyId(): string {
  return `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
}
