import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/api-error.ts';
import { ErrorAlert } from './error-alert.tsx';
import { PageLoader } from './page-loader.tsx';

interface Props<T> {
  /** A query's result: its data once loaded, its error when the last read failed. */
  resource: { data: T | undefined; error: ApiFailure | null };
  errorTitle: string;
  children(data: T): ReactNode;
}

/** A loaded resource's content, with its error (keeping older data visible) or a loader meanwhile. */
export function LoadedContent<T>({ resource, errorTitle, children }: Props<T>) {
  return (
    <>
      {resource.error && <ErrorAlert error={resource.error} title={errorTitle} />}
      {resource.data !== undefined ? children(resource.data) : !resource.error && <PageLoader />}
    </>
  );
}
