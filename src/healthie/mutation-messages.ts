import { HealthieError } from './errors.ts';

type Messages = Array<{ field: string | null; message: string } | null> | null | undefined;

/** A mutation's refusal comes in `messages`, not in errors: thrown as a validation failure field by field. */
export function refusedIn(messages: Messages): void {
  const refused = (messages ?? []).filter((m): m is { field: string | null; message: string } => m !== null);
  if (refused.length > 0) throw new HealthieError('validation', { fieldMessages: refused.map((m) => ({ field: m.field, message: m.message })) });
}
