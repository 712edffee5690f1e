/** Every IANA time zone this browser knows, for pickers. */
export const timeZones: string[] = Intl.supportedValuesOf('timeZone');

export const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
