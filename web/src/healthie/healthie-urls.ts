export const HEALTHIE_STAGING_URL = 'https://staging-api.gethealthie.com/graphql';

/** The management page's path inside a workspace. */
export const HEALTHIE_PAGE = 'app-connections/healthie';
