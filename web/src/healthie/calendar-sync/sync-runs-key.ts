/** The sync runs of one calendar, as every query of them is keyed (any `?limit`). */
export const syncRunsKey = (ws: string, calendarId: string) =>
  ['get', '/api/v1/workspaces/{ws}/calendars/{id}/sync-runs', { params: { path: { ws, id: calendarId } } }] as const;
