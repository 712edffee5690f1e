import createClient from 'openapi-fetch';
import { csrfHeader } from './csrf-header.ts';
import { errorAnswers } from './error-answers.ts';
import type { paths } from './schema.ts';

/** The one way the UI talks to the server: same-origin cookie session, CSRF header, typed paths, ApiError on failure. */
export const fetchClient = createClient<paths>({ credentials: 'same-origin', headers: { accept: 'application/json' } });
fetchClient.use(csrfHeader, errorAnswers);
