import { Stack } from '@mantine/core';
import type { HealthieConnection, HealthieConnectionStatus } from '../../api/api-types.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { AppointmentTypesCard } from '../directory/appointment-types-card.tsx';
import { ProvidersCard } from '../directory/providers-card.tsx';
import { WebhooksCard } from '../webhooks/webhooks-card.tsx';
import { ApiVersionCard } from './api-version-card.tsx';
import { ConnectionCard } from './connection-card.tsx';

interface Props {
  status: HealthieConnectionStatus;
  details: HealthieConnection | null;
  onReconfigure(): void;
}

export function OverviewTab(props: Props) {
  const { can } = useWorkspace();
  return (
    <Stack>
      <ConnectionCard {...props} />
      {props.details && <ApiVersionCard connection={props.details} />}
      {props.details && <WebhooksCard />}
      {can('calendars:read') && (
        <>
          <ProvidersCard />
          <AppointmentTypesCard />
        </>
      )}
    </Stack>
  );
}
