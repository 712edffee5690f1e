import { Button } from '@mantine/core';
import { api } from '../../api/api.ts';
import type { Calendar } from '../../api/api-types.ts';
import { notifyFailed } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { followRun } from './follow-run.ts';

/** Re-fetches the provider's future appointments; busy until the run it starts (or joins) has finished. */
export function SyncNowButton({ calendar, running }: { calendar: Calendar; running: boolean }) {
  const { ws } = useWorkspace();
  const start = api.useMutation('post', '/api/v1/workspaces/{ws}/calendars/{id}/sync', {
    onSuccess: ({ run }) => followRun(ws, run),
    onError: (failure) => notifyFailed(`The sync of ${calendar.name} could not start`, failure),
  });
  return (
    <Button
      size="xs"
      variant="light"
      loading={start.isPending || running}
      onClick={() => start.mutate({ params: { path: { ws, id: calendar.id } } })}
      aria-label={`Sync Now ${calendar.name}`}
    >
      Sync Now
    </Button>
  );
}
