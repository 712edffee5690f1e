import { ColorInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/api.ts';
import type { Calendar } from '../api/api-types.ts';
import { FormCard } from '../ui/form-card.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { invalidateCalendars } from './invalidate-calendars.ts';
import { timeZones } from './time-zones.ts';

const settingsOf = (c: Calendar) => ({ name: c.name, description: c.description, timezone: c.timezone, color: c.color });

export function CalendarSettingsForm({ calendar }: { calendar: Calendar }) {
  const { ws, can } = useWorkspace();
  const [form, setForm] = useState(() => settingsOf(calendar));
  const save = api.useMutation('patch', '/api/v1/workspaces/{ws}/calendars/{id}', { onSuccess: invalidateCalendars });
  const editable = can('calendars:write');
  const changed = JSON.stringify(form) !== JSON.stringify(settingsOf(calendar));

  return (
    <FormCard
      title="Settings"
      error={save.error}
      errorTitle="The settings could not be saved"
      onSubmit={() => save.mutate({ params: { path: { ws, id: calendar.id } }, body: form })}
      submit={editable ? { label: 'Save settings', disabled: !changed, busy: save.isPending } : null}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name" required readOnly={!editable} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
        <Select
          label="Time zone"
          searchable
          readOnly={!editable}
          data={timeZones}
          value={form.timezone}
          allowDeselect={false}
          onChange={(timezone) => timezone && setForm({ ...form, timezone })}
        />
        <ColorInput label="Colour" format="hex" readOnly={!editable} value={form.color} onChange={(color) => setForm({ ...form, color })} />
      </SimpleGrid>
      <Textarea label="Description" readOnly={!editable} value={form.description} onChange={(e) => setForm({ ...form, description: e.currentTarget.value })} />
    </FormCard>
  );
}
