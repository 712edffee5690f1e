import type { Outcome } from '../domain/outcome.ts';

/** A mutation payload: the record under its Healthie field name, and the validation messages (null when none). */
export function payload<T>(field: string, outcome: Outcome<T>): Record<string, unknown> {
  return { [field]: outcome.record, messages: outcome.messages.length > 0 ? outcome.messages : null };
}
