import { fullName } from '../platform/full-name.ts';

/** A Healthie user as the product shows one: a provider, or the user an API key belongs to. */
export interface HealthiePerson {
  id: string;
  name: string;
  email: string | null;
}

export const toPerson = (user: { id: string; first_name: string | null; last_name: string | null; email: string | null }): HealthiePerson => ({
  id: user.id,
  name: fullName(user.first_name, user.last_name),
  email: user.email,
});
