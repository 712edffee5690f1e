import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/api.ts';
import type { AppConnection } from '../api/api-types.ts';
import { HealthieConnectDialog } from '../healthie/connection/healthie-connect-dialog.tsx';
import { HEALTHIE_PAGE } from '../healthie/healthie-urls.ts';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PageTabs } from '../ui/page-tabs.tsx';
import { useWorkspaceTitle } from '../workspace/use-workspace-title.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { AppConnectionCard } from './app-connection-card.tsx';

const features: Record<string, string> = { healthie: 'ehr_healthie' };

export function AppConnectionsPage() {
  const { ws, uiPath, can, features: workspaceFeatures } = useWorkspace();
  const navigate = useNavigate();
  const connections = api.useQuery('get', '/api/v1/workspaces/{ws}/app-connections', { params: { path: { ws } } });
  const [search, setSearch] = useState('');
  const [installing, installDialog] = useDisclosure(false);
  useWorkspaceTitle('App Connections');

  const mayInstall = (connection: AppConnection) =>
    can('integrations:admin') && workspaceFeatures?.includes(features[connection.key] ?? connection.key) === true;
  const matching = (list: AppConnection[]) => {
    const needle = search.trim().toLowerCase();
    return list.filter((c) => `${c.name} ${c.description}`.toLowerCase().includes(needle));
  };
  const cards = (list: AppConnection[], empty: string) =>
    list.length === 0 ? (
      <Text c="dimmed">{empty}</Text>
    ) : (
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.map((connection) => (
          <AppConnectionCard key={connection.key} connection={connection} onInstall={mayInstall(connection) ? installDialog.open : null} />
        ))}
      </SimpleGrid>
    );

  return (
    <Stack gap="md">
      <PageHeader title="App Connections" />
      <TextInput label="Search connections" placeholder="Name or description" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={420} />
      <LoadedContent resource={connections} errorTitle="App connections could not be loaded">
        {(list) => (
          <PageTabs
            tabs={[
              {
                value: 'active',
                label: 'Active',
                content: cards(matching(list.filter((c) => c.installed)), 'No active connections. Add one from the Directory.'),
              },
              {
                value: 'directory',
                label: 'Directory',
                content: cards(
                  matching(list),
                  list.length === 0
                    ? 'No integrations are available to this workspace. Contact your account team to enable Healthie.'
                    : 'No integration matches your search.',
                ),
              },
            ]}
          />
        )}
      </LoadedContent>
      <HealthieConnectDialog
        opened={installing}
        current={null}
        onClose={installDialog.close}
        onManage={() => navigate(uiPath(HEALTHIE_PAGE))}
      />
    </Stack>
  );
}
