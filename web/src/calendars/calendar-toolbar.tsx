import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { calendarViews, type CalendarView } from './calendar-period.ts';

const viewLabels: Record<CalendarView, string> = { day: 'Day', week: 'Week', month: 'Month', list: 'List' };

interface Props {
  view: CalendarView;
  label: string;
  onView(view: CalendarView): void;
  onStep(direction: 1 | -1): void;
  onToday(): void;
}

export function CalendarToolbar({ view, label, onView, onStep, onToday }: Props) {
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={onToday}>
          Today
        </Button>
        <Button variant="default" size="xs" onClick={() => onStep(-1)} aria-label="Previous">
          ‹
        </Button>
        <Button variant="default" size="xs" onClick={() => onStep(1)} aria-label="Next">
          ›
        </Button>
        <Text fw={600} aria-live="polite" data-testid="period">
          {label}
        </Text>
      </Group>
      <SegmentedControl
        size="xs"
        aria-label="View"
        value={view}
        onChange={(value) => onView(value as CalendarView)}
        data={calendarViews.map((v) => ({ value: v, label: viewLabels[v] }))}
      />
    </Group>
  );
}
