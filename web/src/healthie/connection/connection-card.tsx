import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { api } from '../../api/api.ts';
import type { HealthieConnection, HealthieConnectionStatus } from '../../api/api-types.ts';
import { formatInstant } from '../../ui/time/format-instant.ts';
import { RelativeTime } from '../../ui/time/relative-time.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { HealthieErrorAlert } from '../healthie-error-alert.tsx';
import { DisconnectHealthieDialog } from './disconnect-healthie-dialog.tsx';
import { invalidateConnection } from './invalidate-connection.ts';

interface Props {
  status: HealthieConnectionStatus;
  /** Null for callers without integrations:read: they see the status only. */
  details: HealthieConnection | null;
  onReconfigure(): void;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** The Healthie user behind the key, the key's last characters, the Base URL and the last health check. */
function ConnectionDetails({ connection }: { connection: HealthieConnection }) {
  return (
    <>
      {connection.warnings.map((warning) => (
        <Alert key={warning.code + warning.message} color="yellow" title="Healthie API warning">
          {warning.message}
        </Alert>
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Detail label="Healthie user">
          {connection.healthieUser.name} ({connection.healthieUser.email})
        </Detail>
        <Detail label="API key">ending in {connection.apiKeyLast4}</Detail>
        <Detail label="Base URL">{connection.baseUrl ?? 'Healthie production'}</Detail>
        <Detail label="Last health check">
          {connection.lastCheckedAt ? <RelativeTime instant={connection.lastCheckedAt} /> : 'not yet'}
          {/* The reason of an Error is said once, in the page's alert. */}
          {connection.lastCheckError && connection.lastCheckError !== connection.statusReason ? ` — ${connection.lastCheckError}` : ''}
        </Detail>
        <Detail label="Connected since">{formatInstant(connection.connectedAt)}</Detail>
      </SimpleGrid>
    </>
  );
}

/** Status, the connection's details for those who may read them, and what can be done about them. */
export function ConnectionCard({ status, details, onReconfigure }: Props) {
  const { ws, can } = useWorkspace();
  const admin = can('integrations:admin');
  const [disconnecting, disconnectDialog] = useDisclosure(false);
  const check = api.useMutation('post', '/api/v1/workspaces/{ws}/connections/healthie/check', { onSuccess: invalidateConnection });

  return (
    <Card withBorder component="section" aria-label="Connection">
      <Stack>
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} size="h4">
              Connection
            </Title>
          </Group>
          {admin && (
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => check.mutate({ params: { path: { ws } } })} loading={check.isPending}>
                Check now
              </Button>
              {/* In Error, the page's alert carries the one Reconfigure. */}
              {status.status !== 'error' && (
                <Button size="xs" onClick={onReconfigure}>
                  Reconfigure
                </Button>
              )}
            </Group>
          )}
        </Group>
        {status.status === 'action_needed' && !details && (
          <Alert color="orange" title="Action needed" role="status">
            {status.statusReason} An integrations admin can switch the API version on this page.
          </Alert>
        )}
        {check.error && check.error.error.code !== 'healthie_auth_failed' && <HealthieErrorAlert error={check.error} title="The health check could not run" />}
        {details && <ConnectionDetails connection={details} />}
        {admin && (
          <Group justify="flex-end">
            <Button variant="subtle" color="red" size="xs" onClick={disconnectDialog.open}>
              Disconnect
            </Button>
          </Group>
        )}
      </Stack>
      <DisconnectHealthieDialog opened={disconnecting} onClose={disconnectDialog.close} />
    </Card>
  );
}
