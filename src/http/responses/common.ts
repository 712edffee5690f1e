import { z } from 'zod';

export const timestamp = z.date();
export const nullableTimestamp = z.date().nullable();

/** Every error answer: `{error: {code, message}}`. */
export const errorAnswer = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** An answer without a body (204). */
export const noContent = z.undefined();
