import { Alert, Badge, Button, Card, Group, List, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { HealthieConnection, OperationCheck } from '../../api/types.ts';
import { formatDateTime } from '../../calendars/zoned-time.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/**
 * The connection's Healthie API version: Healthie's countdown to its sunset, a check of every
 * operation at the next version, the switch, and the automatic upgrade.
 */
export function ApiVersionCard({ connection, onChanged }: { connection: HealthieConnection; onChanged(): void }) {
  const { apiPath, can } = useWorkspace();
  const admin = can('integrations:admin');
  const notice = connection.versionNotice;
  // The version Healthie's notice points to, else the newest this release validated its operations against.
  const target = notice?.latestVersion ?? notice?.minimumSupportedVersion ?? connection.newestValidatedVersion;
  const [checks, setChecks] = useState<OperationCheck[] | null>(null);
  const check = useAction(async () => setChecks(await api.post<OperationCheck[]>(apiPath('connections/healthie/version-check'), { version: target })));
  const upgrade = useAction(async () => {
    await api.put(apiPath('connections/healthie/version'), { version: target });
    setChecks(null);
    onChanged();
  });
  const toggle = useAction(async (autoUpgrade: boolean) => {
    await api.patch(apiPath('connections/healthie'), { autoUpgrade });
    onChanged();
  });
  const failing = checks?.filter((c) => !c.valid) ?? [];
  const change = connection.lastVersionChange;

  return (
    <Card withBorder component="section" aria-label="API version">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} size="h4">
              API version
            </Title>
            <Badge variant="light" color="gray">
              {connection.apiVersion}
            </Badge>
          </Group>
          {admin && target !== connection.apiVersion && (
            <Button size="xs" variant="default" onClick={() => void check.run()} loading={check.busy}>
              Check version {target}
            </Button>
          )}
        </Group>
        {notice && (
          <Alert color={notice.rejected ? 'red' : 'orange'} title={notice.rejected ? 'Healthie refuses this API version' : 'Healthie API version sunset'} role="status">
            {notice.text}
          </Alert>
        )}
        {change && (
          <Text size="sm">
            {change.automatic ? 'Switched automatically' : 'Switched'} from {change.from} to {change.to} on {formatDateTime(change.at)}.
          </Text>
        )}
        {check.error && <ErrorAlert error={check.error} title="The version check could not run" />}
        {checks && (
          <Stack gap="xs" aria-label={`Check of version ${target}`}>
            {failing.length === 0 ? (
              <Text size="sm">Every operation ({checks.length}) validates at {target}.</Text>
            ) : (
              <List size="sm">
                {failing.map((c) => (
                  <List.Item key={c.operation}>
                    {c.operation}: {c.errors.join('; ')}
                  </List.Item>
                ))}
              </List>
            )}
            {admin && (
              <Group>
                <Button size="xs" onClick={() => void upgrade.run()} loading={upgrade.busy} disabled={failing.length > 0}>
                  Switch to {target}
                </Button>
              </Group>
            )}
          </Stack>
        )}
        {upgrade.error && <ErrorAlert error={upgrade.error} title="The version was not switched" />}
        {admin && (
          <Switch
            label="Switch to Healthie's latest version by itself when this one nears its sunset (if every operation validates there)"
            checked={connection.autoUpgrade}
            disabled={toggle.busy}
            onChange={(e) => void toggle.run(e.currentTarget.checked)}
          />
        )}
      </Stack>
    </Card>
  );
}
