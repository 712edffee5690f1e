import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { fetchClient } from '../api/fetch-client.ts';
import type { Member } from '../api/api-types.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.tsx';
import { notifyDone } from '../ui/notify.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { invalidateMembers } from './invalidate-members.ts';
import { memberName } from './member-name.ts';

/** Deletes the member after asking, then goes back to the members list. */
export function DeleteMemberButton({ member }: { member: Member }) {
  const { ws, uiPath } = useWorkspace();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const name = memberName(member) || 'this member';
  return (
    <>
      <Button variant="subtle" color="red" onClick={dialog.open}>
        Delete member
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Delete ${name}?`}
        confirmLabel="Delete"
        onClose={dialog.close}
        onConfirm={async () => {
          await fetchClient.DELETE('/api/v1/workspaces/{ws}/members/{id}', { params: { path: { ws, id: member.id } } });
          // Away from the page first, so that it does not read the member it just deleted.
          await navigate(uiPath('members'));
          notifyDone(`${name} was deleted`);
          await invalidateMembers();
        }}
      >
        <Text size="sm">
          Their contact details, fields and Healthie patient link are removed from this workspace. Their calendar events stay, no longer tied
          to them. Nothing changes in Healthie.
        </Text>
      </ConfirmDialog>
    </>
  );
}
