import type { Calendar, PushSettings } from '../../api/api-types.ts';

/** How a linked calendar pushes its changes to Healthie, as its link settings hold them; push stays off until someone turns it on. */
export function pushSettingsOf(calendar: Calendar): PushSettings {
  const settings = calendar.sourceSettings;
  return {
    pushChanges: settings.pushChanges === true,
    cancelAs: settings.cancelAs === 'deleted' ? 'deleted' : 'cancelled',
    conflicts: settings.conflicts === 'workspace' ? 'workspace' : 'healthie',
    enforceAvailability: settings.enforceAvailability === true,
  };
}

export const cancelAsLabels: Record<PushSettings['cancelAs'], string> = {
  cancelled: 'Mark Cancelled in Healthie',
  deleted: 'Delete in Healthie',
};

export const conflictLabels: Record<PushSettings['conflicts'], string> = {
  healthie: 'Healthie wins',
  workspace: 'Workspace wins',
};
