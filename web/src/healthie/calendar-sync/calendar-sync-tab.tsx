import { Card, Stack, Title } from '@mantine/core';
import { useCalendars } from '../../calendars/use-calendars.ts';
import { LoadedContent } from '../../ui/loaded-content.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { LinkCalendarForm } from './link-calendar-form.tsx';
import { LinkedCalendarsTable } from './linked-calendars-table.tsx';
import { LINK_SCOPE } from './sync-permissions.ts';

export function CalendarSyncTab() {
  const { can } = useWorkspace();
  const calendars = useCalendars();
  return (
    <LoadedContent resource={calendars} errorTitle="Calendars could not be loaded">
      {(list) => (
        <Stack>
          {can(LINK_SCOPE) && (
            <Card withBorder component="section" aria-label="Link a calendar to a provider">
              <Title order={2} size="h4" mb="sm">
                Link a calendar to a provider
              </Title>
              <LinkCalendarForm calendars={list} />
            </Card>
          )}
          <LinkedCalendarsTable calendars={list} />
        </Stack>
      )}
    </LoadedContent>
  );
}
