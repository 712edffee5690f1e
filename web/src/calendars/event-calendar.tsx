import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './event-calendar.css';
import FullCalendar, { type DatesSetInfo, type EventDropInfo, type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import classicTheme from '@fullcalendar/react/themes/classic';
import { Text } from '@mantine/core';
import { CalendarEventContent } from './calendar-event-content.tsx';
import { eventOf, isChosenTime } from './calendar-event-input.ts';
import { CalendarListRow } from './calendar-list-row.tsx';

const plugins = [classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];

// Day, Week, Month and a List of the next 30 days, as the product's calendars have always offered.
const LIST_VIEW = 'list30';
const views = {
  [LIST_VIEW]: { type: 'list', duration: { days: 30 }, buttonTextKey: 'listText' },
  // A week's column headers as links would be named by the full date but show "Mon 11/30", a
  // name voice control cannot match (WCAG 2.5.3); as plain headers they are read in full.
  timeGridWeek: { navLinks: false },
};

interface Props {
  timeZone: string;
  events: EventInput[];
  onDatesSet(info: DatesSetInfo): void;
  /** An event was clicked, or focused and Enter (or Space) pressed. */
  onEventOpen(eventId: string): void;
  /** A time was clicked or dragged over in Day or Week (its start, ISO); none: choosing a time does nothing. */
  onTimeChosen?(startsAt: string): void;
  /** A movable event was dropped at a new time; `drop.revert()` puts it back. */
  onEventMoved?(drop: EventDropInfo): void;
}

/**
 * The calendar's time grid in its own time zone (FullCalendar's named zones, through Temporal): the
 * browser's zone plays no part. Slots can be clicked and dragged over to choose a time; events open
 * their details (with a click handler FullCalendar makes each one a focusable button), and those
 * made movable can be dragged to another time.
 */
export function EventCalendar({ timeZone, events, onDatesSet, onEventOpen, onTimeChosen, onEventMoved }: Props) {
  return (
    <FullCalendar
      plugins={plugins}
      views={views}
      timeZone={timeZone}
      initialView="timeGridWeek"
      headerToolbar={{ start: 'today prev,next title', end: `timeGridDay,timeGridWeek,dayGridMonth,${LIST_VIEW}` }}
      // A screen's height: the time grid scrolls inside it, opening on office hours.
      height={760}
      // One word for every view (the 30-day list has no unit for FullCalendar's "This week").
      todayHint="Today"
      nowIndicator
      allDaySlot={false}
      navLinks
      selectable
      selectMirror
      editable={false}
      eventDurationEditable={false}
      // Events take keyboard focus, which also lets the time grid scroll to them without a mouse.
      eventInteractive
      scrollTime="08:00:00"
      eventTimeFormat={{ hour: 'numeric', minute: '2-digit' }}
      events={events}
      datesSet={onDatesSet}
      eventContent={(info) =>
        isChosenTime(info.event) ? (
          <Text size="xs" fw={600}>
            {info.timeText}
          </Text>
        ) : info.view.type === LIST_VIEW ? (
          <CalendarListRow info={info} />
        ) : (
          <CalendarEventContent info={info} />
        )
      }
      eventDidMount={(info) => {
        if (!isChosenTime(info.event)) info.el.dataset.status = eventOf(info.event).status;
      }}
      eventClick={(info) => onEventOpen(info.event.id)}
      // A day of the Month view is no time to start at.
      select={(info) => !info.allDay && onTimeChosen?.(new Date(info.startStr).toISOString())}
      eventDrop={onEventMoved}
    />
  );
}
