// Mutations report validation failures as Healthie does: in the payload's `messages`, not as errors.
import { GraphQLError } from '../graphql-js.ts';
import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/records.ts';
import type { ChangeEvent } from './changes.ts';

export interface FieldError {
  field: string | null;
  message: string;
}

export type Outcome<T> = { record: T; messages: [] } | { record: null; messages: FieldError[] };

export const succeeded = <T>(record: T): Outcome<T> => ({ record, messages: [] });
export const failed = <T>(messages: FieldError[]): Outcome<T> => ({ record: null, messages });

export const cantBeBlank = (field: string): FieldError => ({ field, message: "can't be blank" });
export const isInvalid = (field: string): FieldError => ({ field, message: 'is invalid' });
export const notPermitted = (action: string): FieldError => ({
  field: 'base',
  message: `You do not have permission to ${action}`,
});

export const isBlank = (value: string | null | undefined): boolean => value == null || value.trim() === '';

/** Who makes a change and where it lands: a GraphQL caller, or the control API acting as the owner. */
export interface ChangeContext {
  store: Store;
  actor: UserRecord;
  now: () => number;
  emit: (event: ChangeEvent) => void;
}

export function notFound(resource: string, id: string | null | undefined): GraphQLError {
  return new GraphQLError(`${resource} not found${id ? ` (id ${id})` : ''}`, { extensions: { code: 'NOT_FOUND' } });
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (value: string): boolean => emailPattern.test(value.trim());
