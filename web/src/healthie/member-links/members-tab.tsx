import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { LinkedMember } from '../../api/api-types.ts';
import { fetchClient } from '../../api/fetch-client.ts';
import { memberName } from '../../members/member-name.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ListPager } from '../../ui/list-pager.tsx';
import { LoadedContent } from '../../ui/loaded-content.tsx';
import { notifyDone } from '../../ui/notify.ts';
import { PeopleSearchInput } from '../../ui/people-search-input.tsx';
import { usePagedSearch } from '../../ui/use-paged-search.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { FindMatchesDialog } from '../matching/find-matches-dialog.tsx';
import { invalidateMemberLinks } from './invalidate-member-links.ts';
import { invalidateRejections } from './invalidate-rejections.ts';
import { LinkedMembersTable } from './linked-members-table.tsx';
import { RejectedMatchesSection } from './rejected-matches-section.tsx';

const PAGE_SIZE = 20;

/** Members linked to Healthie patients, Unlink, Find Matching Records for new links, and the "Not a match" decisions. */
export function MembersTab() {
  const { ws, can } = useWorkspace();
  const linked = usePagedSearch('/api/v1/workspaces/{ws}/healthie/member-links', ws, PAGE_SIZE);
  const [finding, findDialog] = useDisclosure(false);
  const [unlinking, setUnlinking] = useState<LinkedMember | null>(null);
  const editable = can('members:write');

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <PeopleSearchInput label="Search linked members" paged={linked} w={320} />
        {editable && <Button onClick={findDialog.open}>Find Matching Records</Button>}
      </Group>
      <LoadedContent resource={linked.items} errorTitle="Linked members could not be loaded">
        {(members) =>
          members.length === 0 ? (
            <Text c="dimmed">
              {linked.searched ? `No linked member matches “${linked.searched}”.` : 'No member is linked to a Healthie patient yet. Use Find Matching Records.'}
            </Text>
          ) : (
            <LinkedMembersTable members={members} onUnlink={editable ? setUnlinking : null} />
          )
        }
      </LoadedContent>
      <ListPager noun={['linked member', 'linked members']} total={linked.total} page={linked.page} pages={linked.pages} onPage={linked.setPage} />
      <RejectedMatchesSection />
      <FindMatchesDialog
        opened={finding}
        onClose={() => {
          findDialog.close();
          // The dialog may have marked pairs "Not a match".
          void invalidateRejections();
        }}
      />
      <ConfirmDialog
        opened={unlinking !== null}
        title={`Unlink ${unlinking ? memberName(unlinking) : ''}?`}
        confirmLabel="Unlink"
        onClose={() => setUnlinking(null)}
        onConfirm={async () => {
          const member = unlinking!;
          await fetchClient.DELETE('/api/v1/workspaces/{ws}/healthie/member-links/{id}', { params: { path: { ws, id: member.id } } });
          await invalidateMemberLinks();
          notifyDone(`${memberName(member)} is no longer linked to a Healthie patient`);
        }}
      >
        <Text size="sm">This removes the member's healthie:patient_id field. It does not delete any data in Healthie.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
