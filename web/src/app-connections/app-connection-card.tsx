import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { AppConnection } from '../api/api-types.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { ConnectionStatusBadge } from './connection-status-badge.tsx';

interface Props {
  connection: AppConnection;
  /** Null when the caller may not install, or the workspace lacks the integration's feature. */
  onInstall: (() => void) | null;
}

export function AppConnectionCard({ connection, onInstall }: Props) {
  const { uiPath } = useWorkspace();
  return (
    <Card withBorder component="article" aria-label={connection.name} maw={420}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {connection.name}
          </Title>
          {connection.installed && <ConnectionStatusBadge status={connection.status} />}
        </Group>
        <Text size="sm" c="dimmed">
          {connection.description}
        </Text>
        <Group justify="flex-end">
          {connection.installed ? (
            <Button component={Link} to={uiPath(`app-connections/${connection.key}`)} variant="light">
              Manage
            </Button>
          ) : (
            onInstall && <Button onClick={onInstall}>Install</Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
