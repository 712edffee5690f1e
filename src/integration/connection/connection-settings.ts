import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { healthieConnections } from '../../db/schema.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { lockConnection, requireConnection, type HealthieConnection } from './healthie-connection.ts';

export const connectionSettingsInput = z.object({ autoUpgrade: z.boolean().optional() }).strict();

/** Changes what the settings name (nothing else), audited. */
export async function updateConnectionSettings(
  db: Db,
  input: z.infer<typeof connectionSettingsInput> & { workspaceId: string; actor: Actor },
): Promise<HealthieConnection> {
  return db.transaction(async (tx) => {
    await lockConnection(tx, input.workspaceId);
    const connection = await requireConnection(tx, input.workspaceId);
    if (input.autoUpgrade === undefined || input.autoUpgrade === connection.autoUpgrade) return connection;
    const [updated] = await tx
      .update(healthieConnections)
      .set({ autoUpgrade: input.autoUpgrade, updatedAt: new Date() })
      .where(eq(healthieConnections.id, connection.id))
      .returning();
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'healthie.connection.settings_changed',
      target: { type: 'healthie_connection', id: connection.id },
      details: { autoUpgrade: input.autoUpgrade },
    });
    return updated!;
  });
}
