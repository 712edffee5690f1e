import { Progress, Stack, Text } from '@mantine/core';
import { api } from '../../api/api.ts';
import type { MatchProgress } from '../../api/api-types.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

const POLL_MS = 500;
const count = (n: number) => n.toLocaleString('en-US');

function describe(progress: MatchProgress): { text: string; share: number | null } {
  if (progress.phase === 'checking_links') return { text: 'Checking that linked patients are still in Healthie', share: null };
  if (progress.strategy === 'lookup' && progress.searchesTotal)
    return { text: `${count(progress.searchesDone)} of ${count(progress.searchesTotal)} member emails looked up in Healthie`, share: progress.searchesDone / progress.searchesTotal };
  if (progress.patientsTotal)
    return { text: `${count(progress.patientsRead)} of ${count(progress.patientsTotal)} Healthie patients read`, share: progress.patientsRead / progress.patientsTotal };
  return { text: 'Reading Healthie patients', share: null };
}

/** How far the Find Matching Records in flight has got, polled while it runs. */
export function MatchRunProgress() {
  const { ws } = useWorkspace();
  const { data } = api.useQuery('get', '/api/v1/workspaces/{ws}/healthie/member-matches/progress', { params: { path: { ws } } }, { refetchInterval: POLL_MS, gcTime: 0 });
  // Until this run has written its first progress, the row still holds the previous run's.
  const { text, share } = data?.status === 'running' ? describe(data) : { text: 'Starting', share: null };
  return (
    <Stack gap={4}>
      <Progress value={share === null ? 100 : Math.min(100, share * 100)} striped animated={share === null} size="sm" aria-label="Find Matching Records progress" />
      <Text size="xs" c="dimmed" aria-live="polite">
        {text}
      </Text>
    </Stack>
  );
}
