import { Button, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PageLoader } from '../ui/page-loader.tsx';
import { useTabParam } from '../ui/use-tab-param.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { CalendarsSyncTab } from './calendars-sync-tab.tsx';
import { CalendarsTable } from './calendars-table.tsx';
import { CreateCalendarDialog } from './create-calendar-dialog.tsx';
import { EventTypesTable } from './event-types-table.tsx';
import { useCalendars } from './use-calendars.ts';

const tabs = ['calendars', 'event-types', 'sync'] as const;

export function CalendarsPage() {
  const { can, uiPath } = useWorkspace();
  const navigate = useNavigate();
  const calendars = useCalendars();
  const [tab, setTab] = useTabParam(tabs, 'calendars');
  const [creating, createDialog] = useDisclosure(false);

  return (
    <Stack gap="md">
      <PageHeader title="Calendars">
        {can('calendars:write') && <Button onClick={createDialog.open}>Create Calendar</Button>}
      </PageHeader>
      {calendars.error && <ErrorAlert error={calendars.error} title="Calendars could not be loaded" />}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="calendars">Calendars</Tabs.Tab>
          <Tabs.Tab value="event-types">Event Types</Tabs.Tab>
          <Tabs.Tab value="sync">Sync</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calendars" pt="md">
          {calendars.data ? <CalendarsTable calendars={calendars.data} /> : !calendars.error && <PageLoader />}
        </Tabs.Panel>
        <Tabs.Panel value="event-types" pt="md">
          {tab === 'event-types' && calendars.data && <EventTypesTable calendars={calendars.data} />}
        </Tabs.Panel>
        <Tabs.Panel value="sync" pt="md">
          {tab === 'sync' && calendars.data && <CalendarsSyncTab calendars={calendars.data} onChanged={calendars.reload} />}
        </Tabs.Panel>
      </Tabs>
      <CreateCalendarDialog opened={creating} onClose={createDialog.close} onCreated={(c) => navigate(uiPath(`calendars/${c.id}`))} />
    </Stack>
  );
}
