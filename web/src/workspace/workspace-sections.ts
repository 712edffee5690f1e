/** The sidebar's sections, in order, with the scope each needs. */
export const workspaceSections = [
  { path: 'app-connections', label: 'App Connections', scope: 'integrations:read' },
  { path: 'calendars', label: 'Calendars', scope: 'calendars:read' },
  { path: 'members', label: 'Members', scope: 'members:read' },
] as const;
