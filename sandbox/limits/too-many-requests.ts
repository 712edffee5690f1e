// The body Healthie answers with when a client is over its request rate (rate-limits guide).
export const tooManyRequestsBody = JSON.stringify({
  errors: [{ message: 'Too many requests. Please try again later.', extensions: { code: 'TOO_MANY_REQUESTS' } }],
});
