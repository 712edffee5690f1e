/** The query of the signed-in session (GET /api/v1/session); null once signed out. */
export const sessionKey = ['get', '/api/v1/session'] as const;
