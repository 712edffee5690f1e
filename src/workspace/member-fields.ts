import { z } from 'zod';

export const HEALTHIE_PATIENT_ID = 'healthie:patient_id';

/** Field keys are namespaced: `namespace:key`, lower case. */
export const fieldKeySchema = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_-]*:[a-z][a-z0-9_.-]*$/, 'field keys look like "namespace:key" (lower case)');

export const fieldValueSchema = z.string().min(1).max(2000);

/** A map of field keys to values (null removes the field). */
export const fieldPatchSchema = z.record(z.string(), fieldValueSchema.nullable()).superRefine((fields, ctx) => {
  for (const key of Object.keys(fields)) {
    if (!fieldKeySchema.safeParse(key).success) {
      ctx.addIssue({ code: 'custom', path: [key], message: `"${key.slice(0, 100)}" is not a field key: keys look like "namespace:key" (lower case)` });
    }
  }
});
