import { Accordion, Alert, Button, Group, Loader, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/api.ts';
import type { HealthieConnection } from '../../api/api-types.ts';
import { ConnectionStatusBadge } from '../../app-connections/connection-status-badge.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { HEALTHIE_STAGING_URL } from '../healthie-urls.ts';
import { invalidateConnection } from './invalidate-connection.ts';

interface Props {
  opened: boolean;
  /** Reconfigure keeps the stored Base URL as the starting value. */
  current: HealthieConnection | null;
  onClose(): void;
  /** Offered once connected, when the dialog was opened away from the management page. */
  onManage?: () => void;
}

/** API Key and Base URL; Connect tests the key against Healthie before anything is saved. */
export function HealthieConnectDialog({ opened, current, onClose, onManage }: Props) {
  const { ws } = useWorkspace();
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(current?.baseUrl ?? '');
  const [shard, setShard] = useState(current?.authorizationShard ?? '');
  // Each opening starts from the stored Base URL and shard, and an empty key.
  useEffect(() => {
    if (!opened) return;
    setApiKey('');
    setBaseUrl(current?.baseUrl ?? '');
    setShard(current?.authorizationShard ?? '');
  }, [opened, current?.baseUrl, current?.authorizationShard]);
  const connect = api.useMutation('put', '/api/v1/workspaces/{ws}/connections/healthie', {
    onSuccess: () => {
      setApiKey('');
      return invalidateConnection();
    },
  });
  const connected = connect.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate({
      params: { path: { ws } },
      body: { apiKey: apiKey.trim(), baseUrl: baseUrl.trim() || null, authorizationShard: shard.trim() || null },
    });
  };
  const close = () => {
    connect.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={current ? 'Reconfigure Healthie' : 'Connect Healthie'}>
      {connected ? (
        <Stack>
          <Group gap="sm">
            <ConnectionStatusBadge status="connected" />
            <Text size="sm">Healthie accepted the API key.</Text>
          </Group>
          <Text>
            Connected as <strong>{connected.healthieUser.name}</strong> ({connected.healthieUser.email})
          </Text>
          <Group justify="flex-end">
            <Button variant={onManage ? 'default' : 'filled'} onClick={close}>
              Done
            </Button>
            {onManage && <Button onClick={onManage}>Manage Healthie</Button>}
          </Group>
        </Stack>
      ) : (
        <Stack component="form" onSubmit={submit}>
          {connect.error && <ErrorAlert error={connect.error} title="Healthie could not be connected" />}
          <PasswordInput
            label="API Key"
            description="From your Healthie account: Settings > API. It is encrypted at rest and never shown again."
            required
            data-autofocus
            autoComplete="off"
            value={apiKey}
            onChange={(e) => setApiKey(e.currentTarget.value)}
          />
          <TextInput
            label="Base URL (optional)"
            description={`Leave blank for Healthie production; for staging use ${HEALTHIE_STAGING_URL}`}
            placeholder={HEALTHIE_STAGING_URL}
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.currentTarget.value)}
          />
          <Accordion variant="contained" chevronPosition="left">
            <Accordion.Item value="advanced">
              <Accordion.Control>Advanced</Accordion.Control>
              <Accordion.Panel>
                <TextInput
                  label="Authorization shard (optional)"
                  description="Only if Healthie told you your organization's data is in a shard: sent as the AuthorizationShard header."
                  value={shard}
                  onChange={(e) => setShard(e.currentTarget.value)}
                />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          {connect.isPending && (
            <Alert color="blue" icon={<Loader size="xs" />} role="status">
              Testing the connection with Healthie…
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={connect.isPending}>
              Connect
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
