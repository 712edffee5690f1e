import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { LoadedContent } from '../ui/loaded-content.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PageTabs } from '../ui/page-tabs.tsx';
import { useWorkspaceTitle } from '../workspace/use-workspace-title.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { CalendarsSyncTab } from './calendars-sync-tab.tsx';
import { CalendarsTable } from './calendars-table.tsx';
import { CreateCalendarDialog } from './create-calendar-dialog.tsx';
import { EventTypesTable } from './event-types-table.tsx';
import { useCalendars } from './use-calendars.ts';

export function CalendarsPage() {
  const { can, uiPath } = useWorkspace();
  const navigate = useNavigate();
  const calendars = useCalendars();
  const [creating, createDialog] = useDisclosure(false);
  useWorkspaceTitle('Calendars');

  return (
    <Stack gap="md">
      <PageHeader title="Calendars">
        {can('calendars:write') && <Button onClick={createDialog.open}>Create Calendar</Button>}
      </PageHeader>
      <LoadedContent resource={calendars} errorTitle="Calendars could not be loaded">
        {(list) => (
          <PageTabs
            tabs={[
              { value: 'calendars', label: 'Calendars', content: <CalendarsTable calendars={list} /> },
              { value: 'event-types', label: 'Event Types', content: <EventTypesTable calendars={list} /> },
              { value: 'sync', label: 'Sync', content: <CalendarsSyncTab calendars={list} /> },
            ]}
          />
        )}
      </LoadedContent>
      <CreateCalendarDialog opened={creating} onClose={createDialog.close} onCreated={(c) => navigate(uiPath(`calendars/${c.id}`))} />
    </Stack>
  );
}
