import type { ReactNode } from 'react';
import type { Loaded } from '../api/use-load.ts';
import { ErrorAlert } from './error-alert.tsx';
import { PageLoader } from './page-loader.tsx';

interface Props<T> {
  resource: Pick<Loaded<T>, 'data' | 'error'>;
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
