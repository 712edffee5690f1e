import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/api-error.ts';

/** A failed request's message, in the server's words, with what the person can do next. */
export function ErrorAlert({ error, title = 'Something went wrong', children }: { error: ApiFailure; title?: string; children?: ReactNode }) {
  return (
    <Alert color="red" title={title} role="alert">
      {error.error.message}
      {children}
    </Alert>
  );
}
