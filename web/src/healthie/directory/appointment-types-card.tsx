import { Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/api.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { useConnectionStatus } from '../connection/use-connection-status.ts';
import { HealthieListCard } from './healthie-list-card.tsx';
import { useHealthieProviders } from './use-healthie-providers.ts';

export function AppointmentTypesCard() {
  const { ws } = useWorkspace();
  const providers = useHealthieProviders();
  const { usable } = useConnectionStatus();
  const [providerId, setProviderId] = useState<string | null>(null);
  const types = api.useQuery(
    'get',
    '/api/v1/workspaces/{ws}/healthie/appointment-types',
    { params: { path: { ws }, query: providerId ? { providerId } : {} } },
    { enabled: usable },
  );

  return (
    <HealthieListCard
      title="Appointment types"
      resource={types}
      errorTitle="Appointment types could not be loaded"
      empty={<Text c="dimmed">No appointment types{providerId ? ' for this provider' : ''}.</Text>}
      controls={
        <Select
          label="Filter by provider"
          placeholder="All providers"
          clearable
          maw={360}
          data={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={providerId}
          onChange={setProviderId}
        />
      }
    >
      {(list) => (
        <DataTable label="Healthie appointment types" headers={['Name', 'Duration']} minWidth={360}>
          {list.map((type) => (
            <Table.Tr key={type.id}>
              <Table.Td>{type.name}</Table.Td>
              <Table.Td>{type.durationMinutes} min</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </HealthieListCard>
  );
}
