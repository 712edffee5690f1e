import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiFailure } from '../../api/api-error.ts';
import { PageLoader } from '../../ui/page-loader.tsx';
import { UNAVAILABLE_IN_ERROR, useConnectionStatus } from '../connection/use-connection-status.ts';
import { HealthieErrorAlert } from '../healthie-error-alert.tsx';

interface Props<T> {
  title: string;
  resource: Pick<UseQueryResult<T[], ApiFailure>, 'data' | 'error' | 'refetch'>;
  errorTitle: string;
  /** What an empty list means, in the product page's words. */
  empty: ReactNode;
  /** Filters above the list. */
  controls?: ReactNode;
  children(items: T[]): ReactNode;
}

/** A section listing something fetched live from Healthie, with its failure, loading and empty states. */
export function HealthieListCard<T>({ title, resource, errorTitle, empty, controls, children }: Props<T>) {
  const { inError } = useConnectionStatus();
  // A refused key is the connection's Error (the page's one alert), even before its status reads so.
  const refused = inError || resource.error?.error.code === 'healthie_auth_failed';
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack>
        <Title order={2} size="h4">
          {title}
        </Title>
        {refused ? (
          <Text size="sm" c="dimmed">
            {UNAVAILABLE_IN_ERROR}
          </Text>
        ) : (
          <>
            {controls}
            {resource.error && <HealthieErrorAlert error={resource.error} title={errorTitle} onRetry={() => void resource.refetch()} />}
            {!resource.data && !resource.error && <PageLoader />}
            {resource.data && (resource.data.length === 0 ? empty : children(resource.data))}
          </>
        )}
      </Stack>
    </Card>
  );
}
