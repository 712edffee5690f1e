import { z } from 'zod';

/** Fields one member may hold, and one request may name: a map of thousands stalls every write. */
export const MAX_FIELDS_PER_MEMBER = 100;

/** Field keys are namespaced: `namespace:key`, lower case. */
export const fieldKeySchema = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_-]*:[a-z][a-z0-9_.-]*$/, 'field keys look like "namespace:key" (lower case)');

export const fieldValueSchema = z.string().min(1).max(2000);

/** A map of field keys to values (null removes the field). */
export const fieldPatchSchema = z.record(z.string(), fieldValueSchema.nullable()).superRefine((fields, ctx) => {
  const keys = Object.keys(fields);
  if (keys.length > MAX_FIELDS_PER_MEMBER) {
    ctx.addIssue({ code: 'custom', message: `at most ${MAX_FIELDS_PER_MEMBER} fields at once` });
    return;
  }
  for (const key of keys) {
    if (!fieldKeySchema.safeParse(key).success) {
      ctx.addIssue({ code: 'custom', path: [key], message: `"${key.slice(0, 100)}" is not a field key: keys look like "namespace:key" (lower case)` });
    }
  }
});
