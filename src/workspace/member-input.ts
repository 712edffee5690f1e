import { z } from 'zod';

/**
 * A member's details as anyone may send them: the API's create and update, and each import row.
 * Every text is trimmed before it is checked (an email pasted with spaces around it is an email),
 * and no schema here has a default: a partial update names what it changes and nothing else.
 */

// PostgreSQL text cannot hold a NUL byte: refused as the field's error rather than failing the write.
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !v.includes('\u0000'), 'contains a NUL character');

/** Blank (after trimming) clears an optional value. */
const optionalText = (schema: z.ZodType<string, string>) => schema.transform((v) => v || null).nullish();

export const MAX_LABELS = 50;

const label = text(100).pipe(z.string().min(1, 'a label cannot be blank'));

export const memberDetail = {
  firstName: text(200).pipe(z.string().min(1, 'firstName cannot be blank')),
  lastName: text(200),
  email: z.string().trim().max(320).pipe(z.union([z.literal(''), z.email({ message: 'email is not an email address' })])),
  phone: text(50),
  externalId: text(200),
  labels: z.array(label).max(MAX_LABELS, `at most ${MAX_LABELS} labels`),
};

/** POST /members: a first name, the rest optional. */
export const newMemberSchema = z.object({
  firstName: memberDetail.firstName,
  lastName: memberDetail.lastName.optional(),
  email: optionalText(memberDetail.email),
  phone: optionalText(memberDetail.phone),
  externalId: optionalText(memberDetail.externalId),
  labels: memberDetail.labels.optional(),
});

/** PATCH /members/:id: only what is named changes; null or blank clears an optional value. */
export const memberChangesSchema = newMemberSchema.partial();

export type NewMember = z.infer<typeof newMemberSchema>;
export type MemberChanges = z.infer<typeof memberChangesSchema>;
