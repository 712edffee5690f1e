import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { api } from '../../api/client.ts';
import type { Calendar } from '../../api/types.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

export function UnlinkCalendarButton({ calendar, onUnlinked }: { calendar: Calendar; onUnlinked(): void }) {
  const { apiPath } = useWorkspace();
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={dialog.open} aria-label={`Unlink ${calendar.name}`}>
        Unlink
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Unlink ${calendar.name}?`}
        confirmLabel="Unlink"
        onClose={dialog.close}
        onConfirm={async () => {
          await api.delete(apiPath(`calendars/${calendar.id}/healthie-link`));
          onUnlinked();
        }}
      >
        <Text size="sm">
          The calendar reverts to an internal calendar. Previously synced events remain but are no longer updated from Healthie.
        </Text>
      </ConfirmDialog>
    </>
  );
}
