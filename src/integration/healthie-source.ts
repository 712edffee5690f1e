/** The calendar source and external-id source name of everything that comes from Healthie. */
export const HEALTHIE_SOURCE = 'healthie';
