import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/api.ts';
import type { Calendar } from '../../api/api-types.ts';
import { invalidate } from '../../api/invalidate.ts';
import { invalidateCalendars } from '../../calendars/invalidate-calendars.ts';
import { useCalendars } from '../../calendars/use-calendars.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { NoProvidersHint } from '../directory/no-providers-hint.tsx';
import { ProviderSelect } from '../directory/provider-select.tsx';
import { useHealthieProviders } from '../directory/use-healthie-providers.ts';
import { UNAVAILABLE_IN_ERROR, useConnectionStatus } from '../connection/use-connection-status.ts';
import { HealthieErrorAlert } from '../healthie-error-alert.tsx';
import { followRun } from './follow-run.ts';

interface Props {
  /** The calendars that can be chosen; only internal ones are offered. */
  calendars: Calendar[];
  /** On a calendar's own settings, the calendar is given and not chosen. */
  fixedCalendar?: Calendar;
}

/** Calendar, Healthie Provider, then Link & Sync: imports the provider's types and its future appointments. */
export function LinkCalendarForm({ calendars, fixedCalendar }: Props) {
  const { ws } = useWorkspace();
  const providers = useHealthieProviders();
  const { inError } = useConnectionStatus();
  // A provider is followed by one calendar at most: say which, rather than fail after the click.
  const allCalendars = useCalendars();
  const linkedTo = new Map(
    (allCalendars.data ?? []).flatMap((c) => (c.source === 'healthie' && c.sourceSettings.providerId ? [[String(c.sourceSettings.providerId), c.name] as const] : [])),
  );
  const [calendarId, setCalendarId] = useState<string | null>(fixedCalendar?.id ?? null);
  const [providerId, setProviderId] = useState<string | null>(null);
  const link = api.useMutation('put', '/api/v1/workspaces/{ws}/calendars/{id}/healthie-link', {
    onSuccess: async ({ run }) => {
      followRun(ws, run);
      setCalendarId(fixedCalendar?.id ?? null);
      setProviderId(null);
      await Promise.all([invalidateCalendars(), invalidate('/api/v1/workspaces/{ws}/event-types', '/api/v1/workspaces/{ws}/calendars/{id}/event-types')]);
    },
  });
  const internal = calendars.filter((c) => c.source === 'internal');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (calendarId && providerId) link.mutate({ params: { path: { ws, id: calendarId } }, body: { providerId } });
  };

  if (inError)
    return (
      <Stack gap="xs" aria-label="Link a calendar">
        <Button disabled w="fit-content" aria-description={UNAVAILABLE_IN_ERROR}>
          Link &amp; Sync
        </Button>
        <Text size="sm" c="dimmed">
          {UNAVAILABLE_IN_ERROR}
        </Text>
      </Stack>
    );

  return (
    <Stack component="form" onSubmit={submit} aria-label="Link a calendar">
      {providers.error && <HealthieErrorAlert error={providers.error} title="Healthie providers could not be loaded" onRetry={() => void providers.refetch()} />}
      {providers.data?.length === 0 && <NoProvidersHint />}
      {link.error && <HealthieErrorAlert error={link.error} title="The calendar could not be linked" />}
      {!fixedCalendar && internal.length === 0 && (
        <Text size="sm" c="dimmed">
          No internal calendar is free: every calendar follows a provider already. Create a calendar to link another provider.
        </Text>
      )}
      <Group align="flex-end" gap="sm">
        {!fixedCalendar && (
          <Select
            label="Calendar"
            placeholder="Choose a calendar"
            data={internal.map((c) => ({ value: c.id, label: c.name }))}
            value={calendarId}
            onChange={setCalendarId}
            disabled={internal.length === 0}
            w={260}
          />
        )}
        <ProviderSelect
          label="Healthie Provider"
          placeholder={providers.isPending ? 'Loading providers…' : 'Choose a provider'}
          providers={providers.data ?? []}
          linkedTo={linkedTo}
          value={providerId}
          onChange={setProviderId}
          w={320}
          maw="100%"
        />
        <Button type="submit" disabled={!calendarId || !providerId} loading={link.isPending}>
          Link &amp; Sync
        </Button>
      </Group>
    </Stack>
  );
}
