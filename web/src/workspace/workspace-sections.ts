/** The sidebar's sections, in order, with the scope each needs (any member sees App Connections). */
const workspaceSections = [
  { path: 'app-connections', label: 'App Connections', scope: null },
  { path: 'calendars', label: 'Calendars', scope: 'calendars:read' },
  { path: 'members', label: 'Members', scope: 'members:read' },
] as const;

export function visibleSections(can: (scope: string) => boolean) {
  return workspaceSections.filter((section) => section.scope === null || can(section.scope));
}
