import { Checkbox, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

export function DisconnectHealthieDialog({ opened, onClose, onDisconnected }: { opened: boolean; onClose(): void; onDisconnected(): void }) {
  const { apiPath } = useWorkspace();
  const [clearMemberLinks, setClearMemberLinks] = useState(false);
  return (
    <ConfirmDialog
      opened={opened}
      title="Disconnect Healthie?"
      confirmLabel="Disconnect"
      onClose={onClose}
      onConfirm={async () => {
        await api.delete(apiPath('connections/healthie'), { clearMemberLinks: String(clearMemberLinks) });
        onDisconnected();
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
