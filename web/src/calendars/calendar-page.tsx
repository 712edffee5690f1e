import { Group, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { api } from '../api/api.ts';
import { BackLink } from '../ui/back-link.tsx';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PageTabs } from '../ui/page-tabs.tsx';
import { CalendarHealthieLinkCard } from '../healthie/calendar-sync/calendar-healthie-link-card.tsx';
import { useWorkspaceTitle } from '../workspace/use-workspace-title.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { CalendarEventsPanel } from './calendar-events-panel.tsx';
import { CalendarSettingsForm } from './calendar-settings-form.tsx';
import { CalendarSourceBadge } from './calendar-source-badge.tsx';
import { ColorDot } from './color-dot.tsx';

export function CalendarPage() {
  const { id = '' } = useParams();
  const { ws, uiPath, features } = useWorkspace();
  const calendar = api.useQuery('get', '/api/v1/workspaces/{ws}/calendars/{id}', { params: { path: { ws, id } } });
  useWorkspaceTitle(calendar.data?.name, 'Calendars');

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
            <PageTabs
              tabs={[
                { value: 'events', label: 'Events', content: <CalendarEventsPanel calendar={data} /> },
                {
                  value: 'settings',
                  label: 'Settings',
                  content: (
                    <Stack>
                      <CalendarSettingsForm key={data.updatedAt} calendar={data} />
                      {features?.includes('ehr_healthie') && <CalendarHealthieLinkCard calendar={data} />}
                    </Stack>
                  ),
                },
              ]}
            />
          </>
        )}
      </LoadedContent>
    </Stack>
  );
}
