// createClient and updateClient.
import { createPatient, updatePatient, type PatientInput } from '../../domain/patients.ts';
import { changeContextOf, type SandboxContext } from '../context.ts';
import { payload } from '../payload.ts';
import type { ResolverMap } from '../resolver-map.ts';

export const patientResolvers: ResolverMap = {
  Mutation: {
    createClient: (_: unknown, { input }: { input?: PatientInput }, context: SandboxContext) =>
      payload('user', createPatient(changeContextOf(context), input ?? {})),
    updateClient: (_: unknown, { input }: { input: PatientInput & { id: string } }, context: SandboxContext) =>
      payload('user', updatePatient(changeContextOf(context), input.id, input)),
  },
};
