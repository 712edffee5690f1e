import { Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { RejectedMatch } from '../../api/api-types.ts';
import { fetchClient } from '../../api/fetch-client.ts';
import { memberName } from '../../members/member-name.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ListPager } from '../../ui/list-pager.tsx';
import { LoadedContent } from '../../ui/loaded-content.tsx';
import { notifyDone } from '../../ui/notify.ts';
import { usePagedList } from '../../ui/use-paged-list.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { invalidateRejections } from './invalidate-rejections.ts';
import { RejectedMatchesTable } from './rejected-matches-table.tsx';

const PAGE_SIZE = 10;

/** The pairs a person marked "Not a match", which matching never proposes, and Take back for each. */
export function RejectedMatchesSection() {
  const { ws, can } = useWorkspace();
  const rejections = usePagedList('/api/v1/workspaces/{ws}/healthie/member-matches/rejections', ws, PAGE_SIZE);
  const [takingBack, setTakingBack] = useState<RejectedMatch | null>(null);
  const name = takingBack ? memberName(takingBack.member) : '';

  return (
    <Card withBorder component="section" aria-label="Not a match decisions">
      <Stack>
        <Title order={2} size="h4">
          Not a match decisions
        </Title>
        <LoadedContent resource={rejections.items} errorTitle="Not a match decisions could not be loaded">
          {(items) =>
            items.length === 0 ? (
              <Text c="dimmed">No pair is marked Not a match. Find Matching Records proposes every pair it finds.</Text>
            ) : (
              <RejectedMatchesTable rejections={items} onTakeBack={can('members:write') ? setTakingBack : null} />
            )
          }
        </LoadedContent>
        <ListPager noun={['decision', 'decisions']} total={rejections.total} page={rejections.page} pages={rejections.pages} onPage={rejections.setPage} />
      </Stack>
      <ConfirmDialog
        opened={takingBack !== null}
        title={`Take back Not a match for ${name}?`}
        confirmLabel="Take back"
        onClose={() => setTakingBack(null)}
        onConfirm={async () => {
          const { member, patientId } = takingBack!;
          await fetchClient.DELETE('/api/v1/workspaces/{ws}/healthie/member-matches/rejections/{memberId}/{patientId}', { params: { path: { ws, memberId: member.id, patientId } } });
          await invalidateRejections();
          notifyDone(`Find Matching Records may propose ${memberName(member)} and Healthie patient ${patientId} again.`);
        }}
      >
        <Text size="sm">
          Find Matching Records may propose {name} and Healthie patient {takingBack?.patientId} as a match again. Nothing is linked until you say so.
        </Text>
      </ConfirmDialog>
    </Card>
  );
}
