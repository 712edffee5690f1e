import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** A failed request's message, in the server's words, with what the person can do next. */
export function ErrorAlert({ error, title = 'Something went wrong', children }: { error: Error; title?: string; children?: ReactNode }) {
  return (
    <Alert color="red" title={title} role="alert">
      {error.message}
      {children}
    </Alert>
  );
}
