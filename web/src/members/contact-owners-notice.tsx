import { Alert, Anchor, List } from '@mantine/core';
import { Link } from 'react-router';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { memberName } from './member-name.ts';
import type { ContactOwner } from './use-contact-owners.ts';

/** Says, without standing in the way, who already has the email or phone number typed. */
export function ContactOwnersNotice({ owners }: { owners: ContactOwner[] }) {
  const { uiPath } = useWorkspace();
  if (owners.length === 0) return null;
  return (
    <Alert color="yellow" title="Already in this workspace" role="status">
      <List size="sm">
        {owners.map(({ member, shares }) => (
          <List.Item key={member.id}>
            <Anchor component={Link} to={uiPath(`members/${member.id}`)} inherit>
              {memberName(member) || '(no name)'}
            </Anchor>{' '}
            already has this {shares.join(' and ')}.
          </List.Item>
        ))}
      </List>
      You can still add this member.
    </Alert>
  );
}
