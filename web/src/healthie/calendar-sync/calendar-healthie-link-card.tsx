import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Calendar } from '../../api/api-types.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { LinkCalendarForm } from './link-calendar-form.tsx';
import { linkedProviderName } from './linked-provider.ts';
import { PushSettingsFields } from './push-settings-fields.tsx';
import { LINK_SCOPE, SYNC_SCOPE } from './sync-permissions.ts';
import { SyncNowButton } from './sync-now-button.tsx';
import { SyncRunHistory } from './sync-run-history.tsx';
import { UnlinkCalendarButton } from './unlink-calendar-button.tsx';
import { useSyncRuns } from './use-sync-runs.ts';

/** A calendar's own Healthie link: link it to a provider, or sync, push and unlink it, with the run history (the running sync's live progress first). */
export function CalendarHealthieLinkCard({ calendar }: { calendar: Calendar }) {
  const { can } = useWorkspace();
  const runs = useSyncRuns(calendar.id);
  const linked = calendar.source === 'healthie';
  return (
    <Card withBorder component="section" aria-label="Healthie link">
      <Stack>
        <Title order={2} size="h4">
          Healthie link
        </Title>
        {linked ? (
          <>
            <Group justify="space-between">
              <Text size="sm">
                Linked to Healthie provider <strong>{linkedProviderName(calendar)}</strong>
              </Text>
              <Group gap={4}>
                {can(SYNC_SCOPE) && <SyncNowButton calendar={calendar} running={runs.active} />}
                {can(LINK_SCOPE) && <UnlinkCalendarButton calendar={calendar} />}
              </Group>
            </Group>
            <PushSettingsFields calendar={calendar} />
            <SyncRunHistory calendar={calendar} runs={runs.data ?? []} />
          </>
        ) : can(LINK_SCOPE) ? (
          <LinkCalendarForm calendars={[calendar]} fixedCalendar={calendar} />
        ) : (
          <Text size="sm" c="dimmed">
            This calendar is internal: not linked to a Healthie provider.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
