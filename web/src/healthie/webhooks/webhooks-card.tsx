import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/api.ts';
import { invalidate } from '../../api/invalidate.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadedContent } from '../../ui/loaded-content.tsx';
import { notifyDone } from '../../ui/notify.ts';
import { RelativeTime } from '../../ui/time/relative-time.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { useConnectionStatus } from '../connection/use-connection-status.ts';
import { WebhookDeliveriesTable } from './webhook-deliveries-table.tsx';
import { WebhookHealthBadge } from './webhook-health-badge.tsx';

const STATUS = '/api/v1/workspaces/{ws}/healthie/webhooks';
const DELIVERIES = '/api/v1/workspaces/{ws}/healthie/webhook-deliveries';
const REFRESH_MS = 10_000;

const repairWords: Record<string, string> = {
  recreated: 're-created the missing webhook',
  reenabled: 're-enabled the webhook Healthie had disabled',
  events_restored: 'restored its events',
  deleted_stray: 'deleted a stray webhook',
  removed_unneeded: 'removed a webhook no calendar needs',
};

/** Whether Healthie's changes reach the calendars as they happen, and its last deliveries. */
export function WebhooksCard() {
  const { ws, can } = useWorkspace();
  const params = { params: { path: { ws } } };
  const status = api.useQuery('get', STATUS, params, { refetchInterval: REFRESH_MS });
  const deliveries = api.useQuery('get', DELIVERIES, { params: { path: { ws }, query: { limit: 10 } } }, { refetchInterval: REFRESH_MS });
  const refresh = () => invalidate(STATUS, DELIVERIES);
  const reconcile = api.useMutation('post', '/api/v1/workspaces/{ws}/healthie/webhooks/reconcile', {
    onSuccess: (result) => {
      const repairs = result.repairs.map((r) => repairWords[r] ?? r);
      notifyDone(repairs.length > 0 ? `Checked against Healthie: ${repairs.join(', ')}.` : 'Checked against Healthie: nothing to repair.');
      return refresh();
    },
  });
  const rotate = api.useMutation('post', '/api/v1/workspaces/{ws}/healthie/webhooks/rotate', { onSuccess: refresh });
  const [confirmRotate, setConfirmRotate] = useState(false);
  const admin = can('integrations:admin');
  // The refused key is said once, in the page's alert.
  const { inError } = useConnectionStatus();

  return (
    <Card withBorder component="section" aria-label="Real-time sync">
      <LoadedContent resource={status} errorTitle="Webhook health could not be loaded">
        {(health) => (
          <Stack gap="sm">
            <Group justify="space-between">
              <Group gap="sm">
                <Title order={2} size="h4">
                  Real-time sync
                </Title>
                <WebhookHealthBadge status={health.status} />
              </Group>
              {admin && (
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => reconcile.mutate(params)} loading={reconcile.isPending}>
                    Check and repair
                  </Button>
                  {health.status !== 'off' && (
                    <Button size="xs" variant="default" onClick={() => setConfirmRotate(true)}>
                      Rotate secret
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            <Text size="sm">
              {health.status === 'healthy'
                ? 'Changes in Healthie reach the linked calendars as they happen; the scheduled sync runs less often meanwhile.'
                : inError
                  ? 'Paused while the connection shows Error.'
                  : health.reason}
            </Text>
            <Group gap="xl">
              <Text size="sm">
                Last delivery: {health.lastDeliveryAt ? <RelativeTime instant={health.lastDeliveryAt} /> : 'none yet'}
              </Text>
              <Text size="sm">
                Last checked against Healthie: {health.lastReconcileAt ? <RelativeTime instant={health.lastReconcileAt} /> : 'not yet'}
              </Text>
              {health.pendingDeliveries > 0 && <Text size="sm">{health.pendingDeliveries} waiting to be applied</Text>}
            </Group>
            {reconcile.error && !inError && <ErrorAlert error={reconcile.error} title="The check against Healthie failed" />}
            {health.status !== 'off' && (
              <LoadedContent resource={deliveries} errorTitle="Deliveries could not be loaded">
                {(list) => <WebhookDeliveriesTable deliveries={list} />}
              </LoadedContent>
            )}
            <ConfirmDialog
              opened={confirmRotate}
              title="Rotate the webhook secret?"
              confirmLabel="Rotate"
              onConfirm={async () => {
                await rotate.mutateAsync(params);
                notifyDone('The webhook was replaced with one under a new secret.');
              }}
              onClose={() => setConfirmRotate(false)}
            >
              <Text size="sm">Healthie gets a new webhook with a new signing secret and the old one is deleted. Deliveries signed with the old secret are refused from now on.</Text>
            </ConfirmDialog>
          </Stack>
        )}
      </LoadedContent>
    </Card>
  );
}
