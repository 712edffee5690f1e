import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { api } from '../api/api.ts';
import { BackLink } from '../ui/back-link.tsx';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useWorkspaceTitle } from '../workspace/use-workspace-title.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { DeleteMemberButton } from './delete-member-button.tsx';
import { MemberAppointments } from './member-appointments.tsx';
import { MemberContactCard } from './member-contact-card.tsx';
import { MemberFieldsCard } from './member-fields-card.tsx';
import { memberName } from './member-name.ts';

export function MemberPage() {
  const { id = '' } = useParams();
  const { ws, uiPath, can } = useWorkspace();
  const member = api.useQuery('get', '/api/v1/workspaces/{ws}/members/{id}', { params: { path: { ws, id } } });
  useWorkspaceTitle(member.data ? memberName(member.data) || 'Member' : undefined, 'Members');

  return (
    <Stack gap="md">
      <BackLink to={uiPath('members')} label="Members" />
      <LoadedContent resource={member} errorTitle="The member could not be loaded">
        {(data) => (
          <>
            <PageHeader title={memberName(data) || 'Member'}>{can('members:admin') && <DeleteMemberButton member={data} />}</PageHeader>
            <MemberContactCard key={data.updatedAt} member={data} />
            <MemberFieldsCard member={data} />
            {can('calendars:read') && <MemberAppointments memberId={data.id} />}
          </>
        )}
      </LoadedContent>
    </Stack>
  );
}
