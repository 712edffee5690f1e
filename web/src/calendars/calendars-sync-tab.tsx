import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Calendar } from '../api/api-types.ts';
import { HEALTHIE_PAGE } from '../healthie/healthie-urls.ts';
import { LinkedCalendarsTable } from '../healthie/calendar-sync/linked-calendars-table.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** The Calendars page's Sync tab: every linked calendar with its sync controls. */
export function CalendarsSyncTab({ calendars }: { calendars: Calendar[] }) {
  const { uiPath } = useWorkspace();
  return (
    <Stack>
      <Text size="sm">
        Link a calendar to a Healthie provider on the{' '}
        <Anchor component={Link} to={`${uiPath(HEALTHIE_PAGE)}?tab=calendar-sync`}>
          Healthie page's Calendar Sync tab
        </Anchor>{' '}
        or in a calendar's settings.
      </Text>
      <LinkedCalendarsTable calendars={calendars} />
    </Stack>
  );
}
