/** The SQLSTATE of a database error, looked for through the causes drivers and drizzle wrap it in. */
export function sqlStateOf(error: unknown): string | null {
  for (let e = error as { cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as never, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** Class 22, data exception: a value the column cannot hold (out of range, bad format, NUL). */
export const isDataException = (error: unknown) => sqlStateOf(error)?.startsWith('22') ?? false;
