import { z } from 'zod';
import type { HealthieClient, HealthiePatient } from '../../healthie/client.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { PATIENT_ID } from './match-pair.ts';
import { membersOfPatients } from './patient-link-store.ts';

/** Patients one lookup may name: a page of linked members, or one member's link. */
export const MAX_PATIENTS_PER_LOOKUP = 100;

export const patientLookupQuery = z.object({
  ids: z
    .string()
    .transform((ids) => [...new Set(ids.split(',').map((id) => id.trim()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().regex(PATIENT_ID, 'ids: not a list of Healthie patient ids'))
        .min(1, 'ids: name at least one Healthie patient id')
        .max(MAX_PATIENTS_PER_LOOKUP, `ids: at most ${MAX_PATIENTS_PER_LOOKUP} Healthie patient ids`),
    ),
});

export interface PatientDetails extends HealthiePatient {
  /** Healthie has the patient only as archived. */
  archived: boolean;
}

const read = async (client: HealthieClient, ids: string[], archived: boolean) => {
  const patients: HealthiePatient[] = [];
  for await (const page of client.patientPages({ ids, archived })) patients.push(...page);
  return patients;
};

/**
 * These patients as Healthie has them now (name, email, phone), in the order asked, so a person can
 * compare them with the members linked to them. Ids Healthie does not have are left out.
 */
export async function patientDetails(client: HealthieClient, ids: string[]): Promise<PatientDetails[]> {
  const active = await read(client, ids, false);
  const found = new Set(active.map((p) => p.id));
  const rest = ids.filter((id) => !found.has(id));
  const archived = rest.length > 0 ? await read(client, rest, true) : [];
  const byId = new Map<string, PatientDetails>([...active.map((p) => [p.id, { ...p, archived: false }] as const), ...archived.map((p) => [p.id, { ...p, archived: true }] as const)]);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The patients linked to members of this workspace among `ids`, as Healthie has them: no one else's are read. */
export async function lookUpPatients(ctx: IntegrationContext, input: { workspaceId: string; ids: string[] }): Promise<PatientDetails[]> {
  const linked = await membersOfPatients(ctx.database.db, input.workspaceId, input.ids);
  const ids = input.ids.filter((id) => linked.has(id));
  if (ids.length === 0) return [];
  const { client } = await clientForWorkspace(ctx, input.workspaceId);
  return client.confirmingKey(() => patientDetails(client, ids));
}
