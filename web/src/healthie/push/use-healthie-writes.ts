import type { Calendar, PushSettings } from '../../api/api-types.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { useConnectionStatus } from '../connection/use-connection-status.ts';
import { pushSettingsOf } from '../calendar-sync/push-settings.ts';

/**
 * The calendar's push settings while its Healthie appointments can be booked, moved and cancelled
 * here (linked, push on, the caller may write, Healthie enabled and its connection not in Error);
 * else null, and the calendar shows Healthie's appointments read-only.
 */
export function useHealthieWrites(calendar: Calendar): PushSettings | null {
  const { can, features } = useWorkspace();
  const { inError } = useConnectionStatus();
  const settings = calendar.source === 'healthie' ? pushSettingsOf(calendar) : null;
  const writable = settings?.pushChanges && features?.includes('ehr_healthie') && can('calendars:write') && !inError;
  return writable ? settings : null;
}
