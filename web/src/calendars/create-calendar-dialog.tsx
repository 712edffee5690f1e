import { ColorInput, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../api/api.ts';
import type { Calendar } from '../api/api-types.ts';
import { DialogActions } from '../ui/dialog-actions.tsx';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { invalidateCalendars } from './invalidate-calendars.ts';
import { browserTimeZone, timeZones } from './time-zones.ts';

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(calendar: Calendar): void;
}

export function CreateCalendarDialog({ opened, onClose, onCreated }: Props) {
  const { ws } = useWorkspace();
  const [name, setName] = useState('');
  const [timezone, setTimezone] = useState(browserTimeZone);
  const [description, setDescription] = useState('');
  const [color, setColor] = useState('#228be6');
  const create = api.useMutation('post', '/api/v1/workspaces/{ws}/calendars', { onSuccess: invalidateCalendars });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ params: { path: { ws } }, body: { name, timezone, description, color } }, { onSuccess: onCreated });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Create Calendar">
      <Stack component="form" onSubmit={submit}>
        {create.error && <ErrorAlert error={create.error} title="The calendar could not be created" />}
        <TextInput label="Name" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Select label="Time zone" required searchable data={timeZones} value={timezone} allowDeselect={false} onChange={(v) => v && setTimezone(v)} />
        <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <ColorInput label="Colour" format="hex" value={color} onChange={setColor} />
        <DialogActions submitLabel="Create Calendar" busy={create.isPending} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
