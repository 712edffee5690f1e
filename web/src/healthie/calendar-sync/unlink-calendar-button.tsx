import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { fetchClient } from '../../api/fetch-client.ts';
import type { Calendar } from '../../api/api-types.ts';
import { invalidateCalendars } from '../../calendars/invalidate-calendars.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { notifyDone } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

export function UnlinkCalendarButton({ calendar }: { calendar: Calendar }) {
  const { ws } = useWorkspace();
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
          await fetchClient.DELETE('/api/v1/workspaces/{ws}/calendars/{id}/healthie-link', { params: { path: { ws, id: calendar.id } } });
          await invalidateCalendars();
          notifyDone(`${calendar.name} is no longer linked to Healthie`);
        }}
      >
        <Text size="sm">
          The calendar reverts to an internal calendar. Previously synced events remain but are no longer updated from Healthie.
        </Text>
      </ConfirmDialog>
    </>
  );
}
