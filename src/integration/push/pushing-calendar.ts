import { AppError, conflict } from '../../platform/errors.ts';
import type { Calendar } from '../../workspace/calendars.ts';
import { requireHealthieLink, type HealthieLinkSettings } from '../calendar-sync/linked-calendar.ts';
import { pushSettingsOf, type PushSettings } from './push-settings.ts';

export const unprocessable = (code: string, message: string) => new AppError(422, code, message);

/**
 * A linked calendar takes changes made here only with Push changes to Healthie on; otherwise it
 * follows Healthie and is read-only.
 */
export function requirePushing(calendar: Calendar): { link: HealthieLinkSettings; settings: PushSettings } {
  const link = requireHealthieLink(calendar);
  const settings = pushSettingsOf(calendar);
  if (!settings.pushChanges) {
    throw conflict(
      "This calendar follows Healthie and sending changes to Healthie is off: change the appointment in Healthie, or turn on Push changes to Healthie in the calendar's settings",
      'calendar_linked',
    );
  }
  return { link, settings };
}
