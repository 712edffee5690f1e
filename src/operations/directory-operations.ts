import { z } from 'zod';
import { listAppointmentTypes } from '../integration/directory/appointment-types.ts';
import { listProviders } from '../integration/directory/providers.ts';
import { appointmentTypeAnswer, providerAnswer } from '../http/responses/healthie.ts';
import { defineOperation } from './operation.ts';

export const healthieId = (what: string) => z.string().trim().regex(/^[\w-]{1,64}$/, `${what} is a Healthie id`);

export const listProvidersOperation = defineOperation({
  name: 'list_providers',
  scope: 'calendars:read',
  feature: 'ehr_healthie',
  input: z.object({}).strict(),
  output: z.object({ providers: z.array(providerAnswer) }),
  run: async (ctx, caller) => ({ providers: await listProviders(ctx, caller.workspaceId) }),
});

export const listAppointmentTypesOperation = defineOperation({
  name: 'list_appointment_types',
  scope: 'calendars:read',
  feature: 'ehr_healthie',
  input: z.object({ providerId: healthieId('providerId').optional().describe('Only the types this Healthie provider offers.') }).strict(),
  output: z.object({ appointmentTypes: z.array(appointmentTypeAnswer) }),
  run: async (ctx, caller, input) => ({ appointmentTypes: await listAppointmentTypes(ctx, caller.workspaceId, input.providerId) }),
});
