import { Button, Tooltip } from '@mantine/core';
import { api } from '../../api/api.ts';
import type { Calendar } from '../../api/api-types.ts';
import { notifyFailed } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { UNAVAILABLE_IN_ERROR, useConnectionStatus } from '../connection/use-connection-status.ts';
import { followRun } from './follow-run.ts';

/** Re-fetches the provider's future appointments; busy until the run it starts (or joins) has finished; off while the connection shows Error. */
export function SyncNowButton({ calendar, running }: { calendar: Calendar; running: boolean }) {
  const { ws } = useWorkspace();
  const { inError } = useConnectionStatus();
  const start = api.useMutation('post', '/api/v1/workspaces/{ws}/calendars/{id}/sync', {
    onSuccess: ({ run }) => followRun(ws, run),
    onError: (failure) => notifyFailed(`The sync of ${calendar.name} could not start`, failure),
  });
  return (
    <Tooltip label={UNAVAILABLE_IN_ERROR} disabled={!inError} multiline w={260}>
      <Button
        size="xs"
        variant="light"
        loading={start.isPending || running}
        // Looks and announces disabled yet keeps its tooltip (a disabled element gets no pointer events).
        data-disabled={inError || undefined}
        aria-disabled={inError || undefined}
        onClick={() => !inError && start.mutate({ params: { path: { ws, id: calendar.id } } })}
        aria-label={`Sync Now ${calendar.name}`}
        aria-description={inError ? UNAVAILABLE_IN_ERROR : undefined}
      >
        Sync Now
      </Button>
    </Tooltip>
  );
}
