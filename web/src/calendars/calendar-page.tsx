import { Group, Stack, Tabs, Text } from '@mantine/core';
import { useParams } from 'react-router';
import type { Calendar } from '../api/types.ts';
import { useApiGet } from '../api/use-api-get.ts';
import { BackLink } from '../ui/back-link.tsx';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useTabParam } from '../ui/use-tab-param.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { CalendarEventsPanel } from './calendar-events-panel.tsx';
import { CalendarSettingsForm } from './calendar-settings-form.tsx';
import { CalendarSourceBadge } from './calendar-source-badge.tsx';
import { ColorDot } from './color-dot.tsx';

const tabs = ['events', 'settings'] as const;

export function CalendarPage() {
  const { id = '' } = useParams();
  const { apiPath, uiPath } = useWorkspace();
  const calendar = useApiGet<Calendar>(apiPath(`calendars/${id}`));
  const [tab, setTab] = useTabParam(tabs, 'events');

  return (
    <Stack gap="md">
      <BackLink to={uiPath('calendars')} label="Calendars" />
      <LoadedContent resource={calendar} errorTitle="The calendar could not be loaded">
        {(data) => (
          <>
            <PageHeader
              title={
                <Group gap="xs" component="span">
                  <ColorDot color={data.color} />
                  {data.name}
                </Group>
              }
            >
              <CalendarSourceBadge source={data.source} />
            </PageHeader>
            {data.description && <Text c="dimmed">{data.description}</Text>}
            <Tabs value={tab} onChange={setTab}>
              <Tabs.List>
                <Tabs.Tab value="events">Events</Tabs.Tab>
                <Tabs.Tab value="settings">Settings</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="events" pt="md">
                {tab === 'events' && <CalendarEventsPanel calendar={data} />}
              </Tabs.Panel>
              <Tabs.Panel value="settings" pt="md">
                {tab === 'settings' && <CalendarSettingsForm key={data.updatedAt} calendar={data} onSaved={calendar.reload} />}
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </LoadedContent>
    </Stack>
  );
}
