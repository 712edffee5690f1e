import { Checkbox, Text } from '@mantine/core';
import { useState } from 'react';
import { fetchClient } from '../../api/fetch-client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { invalidateConnection } from './invalidate-connection.ts';

export function DisconnectHealthieDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { ws } = useWorkspace();
  const [clearMemberLinks, setClearMemberLinks] = useState(false);
  return (
    <ConfirmDialog
      opened={opened}
      title="Disconnect Healthie?"
      confirmLabel="Disconnect"
      onClose={onClose}
      onConfirm={async () => {
        await fetchClient.DELETE('/api/v1/workspaces/{ws}/connections/healthie', {
          params: { path: { ws }, query: { clearMemberLinks: clearMemberLinks ? 'true' : 'false' } },
        });
        await invalidateConnection();
      }}
    >
      <Text size="sm">
        The API key is removed. Linked calendars revert to internal calendars and keep their events, which are no longer updated from
        Healthie.
      </Text>
      <Checkbox
        label="Also remove every member's Healthie patient link"
        checked={clearMemberLinks}
        onChange={(e) => setClearMemberLinks(e.currentTarget.checked)}
      />
    </ConfirmDialog>
  );
}
