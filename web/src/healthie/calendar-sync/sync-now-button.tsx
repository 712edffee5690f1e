import { Button } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { Calendar } from '../../api/types.ts';
import { useAction } from '../../ui/use-action.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { HealthieErrorAlert } from '../healthie-error-alert.tsx';

/** Re-fetches the provider's future appointments; busy until the run it starts has finished. */
export function SyncNowButton({ calendar, running, onStarted }: { calendar: Calendar; running: boolean; onStarted(): void }) {
  const { apiPath } = useWorkspace();
  const start = useAction(async () => {
    await api.post(apiPath(`calendars/${calendar.id}/sync`));
    onStarted();
  });
  return (
    <>
      <Button size="xs" variant="light" loading={start.busy || running} onClick={() => void start.run()} aria-label={`Sync Now ${calendar.name}`}>
        Sync Now
      </Button>
      {start.error && <HealthieErrorAlert error={start.error} title="The sync could not start" />}
    </>
  );
}
