import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useId, type FormEvent, type ReactNode } from 'react';
import type { ApiFailure } from '../api/api-error.ts';
import { ErrorAlert } from './error-alert.tsx';

interface Props {
  title: string;
  error: ApiFailure | null;
  errorTitle: string;
  onSubmit(): void;
  /** The submit button, or null when the caller may only read. */
  submit: { label: string; disabled: boolean; busy: boolean } | null;
  children: ReactNode;
}

/** A titled section of a page holding one form with its error and its submit button. */
export function FormCard({ title, error, errorTitle, onSubmit, submit, children }: Props) {
  const headingId = useId();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack component="form" onSubmit={handleSubmit}>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {error && <ErrorAlert error={error} title={errorTitle} />}
        {children}
        {submit && (
          <Group justify="flex-end">
            <Button type="submit" disabled={submit.disabled} loading={submit.busy}>
              {submit.label}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
