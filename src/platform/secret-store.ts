import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.ts';
import { encryptedSecrets } from '../db/schema.ts';
import type { Keyring } from './keyring.ts';
import { open, seal } from './secret-box.ts';

const context = (workspaceId: string, purpose: string) => `healthie-connect:${workspaceId}:${purpose}`;

export async function storeSecret(
  tx: Tx,
  keyring: Keyring,
  input: { workspaceId: string; purpose: string; value: string },
): Promise<string> {
  const sealed = seal(keyring, input.value, context(input.workspaceId, input.purpose));
  const [row] = await tx
    .insert(encryptedSecrets)
    .values({ workspaceId: input.workspaceId, purpose: input.purpose, ...sealed })
    .returning({ id: encryptedSecrets.id });
  return row!.id;
}

export async function readSecret(tx: Tx, keyring: Keyring, secretId: string): Promise<string> {
  const [row] = await tx.select().from(encryptedSecrets).where(eq(encryptedSecrets.id, secretId));
  if (!row) throw new Error('Secret not found');
  return open(keyring, row, context(row.workspaceId, row.purpose));
}

export async function deleteSecret(tx: Tx, secretId: string): Promise<void> {
  await tx.delete(encryptedSecrets).where(eq(encryptedSecrets.id, secretId));
}

/** Re-seals every secret under the keyring's active key, in one transaction; afterwards only it is in use. */
export async function reencryptAllSecrets(db: Db, keyring: Keyring): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(encryptedSecrets).for('update');
    let reencrypted = 0;
    for (const row of rows) {
      if (row.keyId === keyring.activeId) continue;
      const value = open(keyring, row, context(row.workspaceId, row.purpose));
      const sealed = seal(keyring, value, context(row.workspaceId, row.purpose));
      await tx.update(encryptedSecrets).set({ ...sealed, updatedAt: new Date() }).where(eq(encryptedSecrets.id, row.id));
      reencrypted += 1;
    }
    return reencrypted;
  });
}
