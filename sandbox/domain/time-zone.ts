import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/records.ts';

// Healthie's fallback chain: the user's zone, else a patient's provider's zone, else America/New_York.
export function userTimeZone(user: UserRecord, store: Store): string {
  if (user.timezone) return user.timezone;
  const provider = user.dietitianId ? store.users.get(user.dietitianId) : undefined;
  return provider?.timezone ?? 'America/New_York';
}
