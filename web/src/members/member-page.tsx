import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import type { Member } from '../api/types.ts';
import { useApiGet } from '../api/use-api-get.ts';
import { BackLink } from '../ui/back-link.tsx';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { MemberAppointments } from './member-appointments.tsx';
import { MemberContactCard } from './member-contact-card.tsx';
import { MemberFieldsCard } from './member-fields-card.tsx';
import { memberName } from './member-name.ts';

export function MemberPage() {
  const { id = '' } = useParams();
  const { apiPath, uiPath, can } = useWorkspace();
  const member = useApiGet<Member>(apiPath(`members/${id}`));

  return (
    <Stack gap="md">
      <BackLink to={uiPath('members')} label="Members" />
      <LoadedContent resource={member} errorTitle="The member could not be loaded">
        {(data) => (
          <>
            <PageHeader title={memberName(data) || 'Member'} />
            <MemberContactCard key={data.updatedAt} member={data} onSaved={member.reload} />
            <MemberFieldsCard member={data} onSaved={member.reload} />
            {can('calendars:read') && <MemberAppointments memberId={data.id} />}
          </>
        )}
      </LoadedContent>
    </Stack>
  );
}
