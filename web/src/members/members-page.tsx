import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { ListPager } from '../ui/list-pager.tsx';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PeopleSearchInput } from '../ui/people-search-input.tsx';
import { usePagedSearch } from '../ui/use-paged-search.ts';
import { useWorkspaceTitle } from '../workspace/use-workspace-title.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { AddMemberDialog } from './add-member-dialog.tsx';
import { ImportMembersDialog } from './import-members-dialog.tsx';
import { MembersTable } from './members-table.tsx';

const PAGE_SIZE = 20;

export function MembersPage() {
  const { ws, uiPath, can } = useWorkspace();
  const navigate = useNavigate();
  const members = usePagedSearch('/api/v1/workspaces/{ws}/members', ws, PAGE_SIZE);
  const [adding, addDialog] = useDisclosure(false);
  const [importing, importDialog] = useDisclosure(false);
  useWorkspaceTitle('Members');

  return (
    <Stack gap="md">
      <PageHeader title="Members">
        {can('members:write') && (
          <>
            <Button variant="default" onClick={importDialog.open}>
              Import
            </Button>
            <Button onClick={addDialog.open}>Add member</Button>
          </>
        )}
      </PageHeader>
      <PeopleSearchInput label="Search members" paged={members} maw={420} />
      <LoadedContent resource={members.items} errorTitle="Members could not be loaded">
        {(page) =>
          page.length === 0 ? (
            <Text c="dimmed">{members.searched ? `No member matches “${members.searched}”.` : 'No members yet: add one or import a CSV.'}</Text>
          ) : (
            <MembersTable members={page} />
          )
        }
      </LoadedContent>
      <ListPager noun={['member', 'members']} total={members.total} page={members.page} pages={members.pages} onPage={members.setPage} />
      <AddMemberDialog opened={adding} onClose={addDialog.close} onCreated={(member) => navigate(uiPath(`members/${member.id}`))} />
      <ImportMembersDialog opened={importing} onClose={importDialog.close} />
    </Stack>
  );
}
