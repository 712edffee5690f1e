import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { MemberFieldsPatch } from './use-member-fields-patch.ts';

export function AddMemberFieldForm({ patch }: { patch: MemberFieldsPatch }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    patch.save({ [key.trim()]: value }, () => {
      setKey('');
      setValue('');
    });
  };
  return (
    <Group component="form" onSubmit={submit} align="flex-end" gap="sm">
      <TextInput label="New field" placeholder="namespace:key" required value={key} onChange={(e) => setKey(e.currentTarget.value)} />
      <TextInput label="Value" required value={value} onChange={(e) => setValue(e.currentTarget.value)} style={{ flex: 1, minWidth: 160 }} />
      <Button type="submit" variant="light" loading={patch.busy}>
        Add field
      </Button>
    </Group>
  );
}
