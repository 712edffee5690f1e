/** An error answer as the OpenAPI document describes every one: `{error: {code, message}}`. */
export interface ApiFailure {
  error: { code: string; message: string };
}

/** An error answer from the API, or a failure to reach it (status 0); shaped as the answer itself. */
export class ApiError extends Error implements ApiFailure {
  readonly error: ApiFailure['error'];

  constructor(
    readonly status: number,
    code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.error = { code, message };
  }
}
