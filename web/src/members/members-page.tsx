import { Button, Group, Pagination, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { withQuery } from '../api/client.ts';
import type { Member } from '../api/types.ts';
import { useApiGet } from '../api/use-api-get.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PageLoader } from '../ui/page-loader.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { AddMemberDialog } from './add-member-dialog.tsx';
import { ImportMembersDialog } from './import-members-dialog.tsx';
import { MembersTable } from './members-table.tsx';

const PAGE_SIZE = 20;

export function MembersPage() {
  const { apiPath, uiPath, can } = useWorkspace();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('search') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [adding, addDialog] = useDisclosure(false);
  const [importing, importDialog] = useDisclosure(false);

  const list = useApiGet<Member[]>(
    withQuery(apiPath('members'), { search: debouncedSearch, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const pages = Math.max(1, Math.ceil((list.total ?? 0) / PAGE_SIZE));

  const showPage = (next: number) => setParams((p) => ({ ...Object.fromEntries(p), page: String(next) }));
  const changeSearch = (value: string) => {
    setSearch(value);
    setParams(value ? { search: value } : {}, { replace: true });
  };

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
      <TextInput
        label="Search members"
        placeholder="Name, email or phone"
        value={search}
        onChange={(e) => changeSearch(e.currentTarget.value)}
        maw={420}
      />
      {list.error && <ErrorAlert error={list.error} title="Members could not be loaded" />}
      {list.loading && !list.data ? (
        <PageLoader />
      ) : list.data?.length === 0 ? (
        <Text c="dimmed">{debouncedSearch ? `No member matches “${debouncedSearch}”.` : 'No members yet: add one or import a CSV.'}</Text>
      ) : (
        list.data && <MembersTable members={list.data} />
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {list.total !== undefined && `${list.total} member${list.total === 1 ? '' : 's'}`}
        </Text>
        {pages > 1 && (
          <nav aria-label="Member pages">
            <Pagination total={pages} value={page} onChange={showPage} />
          </nav>
        )}
      </Group>
      <AddMemberDialog opened={adding} onClose={addDialog.close} onCreated={(member) => navigate(uiPath(`members/${member.id}`))} />
      <ImportMembersDialog opened={importing} onClose={importDialog.close} onImported={list.reload} />
    </Stack>
  );
}
