import { Alert, Badge, Button, Card, Group, List, Stack, Switch, Text, Title } from '@mantine/core';
import { api } from '../../api/api.ts';
import type { HealthieConnection } from '../../api/api-types.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { formatInstant } from '../../ui/time/format-instant.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { invalidateConnection } from './invalidate-connection.ts';

/**
 * The connection's Healthie API version: Healthie's countdown to its sunset, a check of every
 * operation at the next version, the switch, and the automatic upgrade.
 */
export function ApiVersionCard({ connection }: { connection: HealthieConnection }) {
  const { ws, can } = useWorkspace();
  const params = { params: { path: { ws } } };
  const admin = can('integrations:admin');
  const notice = connection.versionNotice;
  // The version Healthie's notice points to, else the newest this release validated its operations against.
  const target = notice?.latestVersion ?? notice?.minimumSupportedVersion ?? connection.newestValidatedVersion;
  const check = api.useMutation('post', '/api/v1/workspaces/{ws}/connections/healthie/version-check');
  const upgrade = api.useMutation('put', '/api/v1/workspaces/{ws}/connections/healthie/version', {
    onSuccess: () => {
      check.reset();
      return invalidateConnection();
    },
  });
  const toggle = api.useMutation('patch', '/api/v1/workspaces/{ws}/connections/healthie', { onSuccess: invalidateConnection });
  const checks = check.data;
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
            <Button size="xs" variant="default" onClick={() => check.mutate({ ...params, body: { version: target } })} loading={check.isPending}>
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
            {change.automatic ? 'Switched automatically' : 'Switched'} from {change.from} to {change.to} on {formatInstant(change.at)}.
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
                <Button size="xs" onClick={() => upgrade.mutate({ ...params, body: { version: target } })} loading={upgrade.isPending} disabled={failing.length > 0}>
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
            disabled={toggle.isPending}
            onChange={(e) => toggle.mutate({ ...params, body: { autoUpgrade: e.currentTarget.checked } })}
          />
        )}
      </Stack>
    </Card>
  );
}
