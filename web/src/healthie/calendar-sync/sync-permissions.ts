/** The scopes the sync controls need: as the server checks them. */
export const LINK_SCOPE = 'calendars:admin';
export const SYNC_SCOPE = 'calendars:write';
