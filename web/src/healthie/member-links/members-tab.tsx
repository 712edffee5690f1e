import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { LinkedMember } from '../../api/types.ts';
import { memberName } from '../../members/member-name.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ListPager } from '../../ui/list-pager.tsx';
import { LoadedContent } from '../../ui/loaded-content.tsx';
import { usePagedSearch } from '../../ui/use-paged-search.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { FindMatchesDialog } from '../matching/find-matches-dialog.tsx';
import { LinkedMembersTable } from './linked-members-table.tsx';
import { useMemberLinks } from './use-member-links.ts';

const PAGE_SIZE = 20;

/** Members linked to Healthie patients, Unlink, and Find Matching Records for new links. */
export function MembersTab() {
  const { apiPath, can } = useWorkspace();
  const linked = usePagedSearch<LinkedMember>(apiPath('healthie/member-links'), PAGE_SIZE);
  const links = useMemberLinks();
  const [finding, findDialog] = useDisclosure(false);
  const [unlinking, setUnlinking] = useState<LinkedMember | null>(null);
  const editable = can('members:write');

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <TextInput
          label="Search linked members"
          placeholder="Name, email or phone"
          value={linked.search}
          onChange={(e) => linked.setSearch(e.currentTarget.value)}
          w={320}
        />
        {editable && <Button onClick={findDialog.open}>Find Matching Records</Button>}
      </Group>
      <LoadedContent resource={linked.list} errorTitle="Linked members could not be loaded">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">
              {linked.searched ? `No linked member matches “${linked.searched}”.` : 'No member is linked to a Healthie patient yet. Use Find Matching Records.'}
            </Text>
          ) : (
            <LinkedMembersTable members={list} onUnlink={editable ? setUnlinking : null} />
          )
        }
      </LoadedContent>
      <ListPager noun={['linked member', 'linked members']} total={linked.list.total} page={linked.page} pages={linked.pages} onPage={linked.setPage} />
      {/* Matching also flags links whose patient is gone, so the list is re-read on close. */}
      <FindMatchesDialog
        opened={finding}
        onClose={() => {
          findDialog.close();
          linked.list.reload();
        }}
        onLinked={linked.list.reload}
      />
      <ConfirmDialog
        opened={unlinking !== null}
        title={`Unlink ${unlinking ? memberName(unlinking) : ''}?`}
        confirmLabel="Unlink"
        onClose={() => setUnlinking(null)}
        onConfirm={async () => {
          await links.unlink(unlinking!.id);
          linked.list.reload();
        }}
      >
        <Text size="sm">This removes the member's healthie:patient_id field. It does not delete any data in Healthie.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
