import { Button, Card, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { api } from '../api/api.ts';
import { ConnectionStatusBadge } from '../app-connections/connection-status-badge.tsx';
import { BackLink } from '../ui/back-link.tsx';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PageTabs } from '../ui/page-tabs.tsx';
import { useWorkspaceTitle } from '../workspace/use-workspace-title.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { CalendarSyncTab } from './calendar-sync/calendar-sync-tab.tsx';
import { ConnectionErrorAlert } from './connection/connection-error-alert.tsx';
import { HealthieConnectDialog } from './connection/healthie-connect-dialog.tsx';
import { OverviewTab } from './connection/overview-tab.tsx';
import { useConnectionStatus } from './connection/use-connection-status.ts';
import { MembersTab } from './member-links/members-tab.tsx';

/** The Healthie management page: Overview, Calendar Sync and Members. */
export function HealthiePage() {
  const { ws, uiPath, can } = useWorkspace();
  const params = { params: { path: { ws } } };
  const { summary, inError } = useConnectionStatus();
  // The details (Base URL, the Healthie user) are for those who may read the integration's settings.
  const details = api.useQuery('get', '/api/v1/workspaces/{ws}/connections/healthie', params, {
    enabled: can('integrations:read') && summary.data?.installed === true,
  });
  const [configuring, configureDialog] = useDisclosure(false);
  const notConnected = summary.data?.installed === false;
  useWorkspaceTitle('Healthie');

  return (
    <Stack gap="md">
      <BackLink to={uiPath('app-connections')} label="App Connections" />
      <PageHeader title="Healthie">{summary.data?.status && <ConnectionStatusBadge status={summary.data.status} />}</PageHeader>
      {inError && <ConnectionErrorAlert reason={summary.data?.statusReason ?? null} onReconfigure={can('integrations:admin') ? configureDialog.open : null} />}
      {notConnected ? (
        <Card withBorder>
          <Stack align="flex-start">
            <Text>Healthie is not connected to this workspace yet.</Text>
            {can('integrations:admin') && <Button onClick={configureDialog.open}>Install</Button>}
          </Stack>
        </Card>
      ) : (
        <LoadedContent resource={summary} errorTitle="The Healthie connection could not be loaded">
          {(current) => (
            <PageTabs
              tabs={[
                {
                  value: 'overview',
                  label: 'Overview',
                  content: <OverviewTab status={current} details={details.data ?? null} onReconfigure={configureDialog.open} />,
                },
                { value: 'calendar-sync', label: 'Calendar Sync', hidden: !can('calendars:read'), content: <CalendarSyncTab /> },
                { value: 'members', label: 'Members', hidden: !can('members:read'), content: <MembersTab /> },
              ]}
            />
          )}
        </LoadedContent>
      )}
      <HealthieConnectDialog opened={configuring} current={notConnected ? null : (details.data ?? null)} onClose={configureDialog.close} />
    </Stack>
  );
}
