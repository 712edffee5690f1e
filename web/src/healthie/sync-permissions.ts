/** The scopes the sync controls need: linking configures the integration, syncing changes a calendar. */
export const LINK_SCOPE = 'integrations:admin';
export const SYNC_SCOPE = 'calendars:write';
