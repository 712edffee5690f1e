import { Table } from '@mantine/core';
import { DataTable } from '../../ui/data-table.tsx';
import { HealthieListCard } from './healthie-list-card.tsx';
import { NoProvidersHint } from './no-providers-hint.tsx';
import { useHealthieProviders } from './use-healthie-providers.ts';

export function ProvidersCard() {
  const providers = useHealthieProviders();
  return (
    <HealthieListCard title="Providers" resource={providers} errorTitle="Providers could not be loaded" empty={<NoProvidersHint />}>
      {(list) => (
        <DataTable label="Healthie providers" headers={['Name', 'Email']} minWidth={400}>
          {list.map((provider) => (
            <Table.Tr key={provider.id}>
              <Table.Td>{provider.name}</Table.Td>
              <Table.Td>{provider.email}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </HealthieListCard>
  );
}
