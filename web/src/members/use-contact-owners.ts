import { useDebouncedValue } from '@mantine/hooks';
import { api } from '../api/api.ts';
import type { Member } from '../api/api-types.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

const TYPING_PAUSE_MS = 400;
// Enough to name who already has it; a workspace rarely holds more than one.
const LIMIT = 5;

/** The members who already have an email or a phone number, read once typing pauses. */
function useOwners(key: 'email' | 'phone', typed: string): Member[] {
  const { ws } = useWorkspace();
  const [value] = useDebouncedValue(typed.trim(), TYPING_PAUSE_MS);
  const owners = api.useQuery(
    'get',
    '/api/v1/workspaces/{ws}/members',
    { params: { path: { ws }, query: { [key]: value, limit: LIMIT } } },
    { enabled: value !== '' },
  );
  return value === '' ? [] : (owners.data ?? []);
}

export interface ContactOwner {
  member: Member;
  /** What of the typed contact is theirs already. */
  shares: Array<'email' | 'phone number'>;
}

/** The other members who have the email or the phone number being typed, each once. */
export function useContactOwners(email: string, phone: string): ContactOwner[] {
  const byEmail = useOwners('email', email);
  const byPhone = useOwners('phone', phone);
  const owners = new Map<string, ContactOwner>();
  for (const [members, share] of [
    [byEmail, 'email'],
    [byPhone, 'phone number'],
  ] as const) {
    for (const member of members) {
      const owner = owners.get(member.id) ?? { member, shares: [] };
      owner.shares.push(share);
      owners.set(member.id, owner);
    }
  }
  return [...owners.values()];
}
