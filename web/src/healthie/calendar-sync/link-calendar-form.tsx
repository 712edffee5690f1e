import { Button, Group, Select, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { Calendar } from '../../api/types.ts';
import { useAction } from '../../ui/use-action.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { HealthieErrorAlert } from '../healthie-error-alert.tsx';
import { NoProvidersHint } from '../directory/no-providers-hint.tsx';
import { useHealthieProviders } from '../directory/use-healthie-providers.ts';

interface Props {
  /** The calendars that can be chosen; only internal ones are offered. */
  calendars: Calendar[];
  /** On a calendar's own settings, the calendar is given and not chosen. */
  fixedCalendar?: Calendar;
  onLinked(): void;
}

/** Calendar, Healthie Provider, then Link & Sync: imports the provider's types and its future appointments. */
export function LinkCalendarForm({ calendars, fixedCalendar, onLinked }: Props) {
  const { apiPath } = useWorkspace();
  const providers = useHealthieProviders();
  const [calendarId, setCalendarId] = useState<string | null>(fixedCalendar?.id ?? null);
  const [providerId, setProviderId] = useState<string | null>(null);
  const link = useAction(async () => {
    await api.put(apiPath(`calendars/${calendarId}/healthie-link`), { providerId });
    setCalendarId(fixedCalendar?.id ?? null);
    setProviderId(null);
    onLinked();
  });
  const internal = calendars.filter((c) => c.source === 'internal');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void link.run();
  };

  return (
    <Stack component="form" onSubmit={submit} aria-label="Link a calendar">
      {providers.error && <HealthieErrorAlert error={providers.error} title="Healthie providers could not be loaded" onRetry={providers.reload} />}
      {providers.data?.length === 0 && <NoProvidersHint />}
      {link.error && <HealthieErrorAlert error={link.error} title="The calendar could not be linked" />}
      <Group align="flex-end" gap="sm">
        {!fixedCalendar && (
          <Select
            label="Calendar"
            placeholder={internal.length ? 'Choose a calendar' : 'No internal calendar is free'}
            data={internal.map((c) => ({ value: c.id, label: c.name }))}
            value={calendarId}
            onChange={setCalendarId}
            w={260}
          />
        )}
        <Select
          label="Healthie Provider"
          placeholder={providers.loading ? 'Loading providers…' : 'Choose a provider'}
          data={(providers.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
          value={providerId}
          onChange={setProviderId}
          searchable
          w={320}
        />
        <Button type="submit" disabled={!calendarId || !providerId} loading={link.busy}>
          Link &amp; Sync
        </Button>
      </Group>
    </Stack>
  );
}
