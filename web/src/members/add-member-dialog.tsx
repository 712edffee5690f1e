import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { api } from '../api/api.ts';
import type { Member } from '../api/api-types.ts';
import { DialogActions } from '../ui/dialog-actions.tsx';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { contactPayload, emptyContactForm, type ContactForm } from './contact-form.ts';
import { ContactOwnersNotice } from './contact-owners-notice.tsx';
import { invalidateMembers } from './invalidate-members.ts';
import { useContactOwners } from './use-contact-owners.ts';

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(member: Member): void;
}

export function AddMemberDialog({ opened, onClose, onCreated }: Props) {
  const { ws } = useWorkspace();
  const [form, setForm] = useState(emptyContactForm);
  const create = api.useMutation('post', '/api/v1/workspaces/{ws}/members', { onSuccess: invalidateMembers });
  const owners = useContactOwners(form.email, form.phone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { params: { path: { ws } }, body: contactPayload(form) },
      {
        onSuccess: (member) => {
          setForm(emptyContactForm);
          onCreated(member);
        },
      },
    );
  };
  const field = (key: keyof ContactForm) => ({
    value: form[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Add member">
      <Stack component="form" onSubmit={submit}>
        {create.error && <ErrorAlert error={create.error} title="The member could not be added" />}
        <SimpleGrid cols={2}>
          <TextInput label="First name" required data-autofocus {...field('firstName')} />
          <TextInput label="Last name" {...field('lastName')} />
        </SimpleGrid>
        <TextInput label="Email" type="email" {...field('email')} />
        <TextInput label="Phone" type="tel" {...field('phone')} />
        <TextInput label="External ID" {...field('externalId')} />
        <ContactOwnersNotice owners={owners} />
        <DialogActions submitLabel="Add member" busy={create.isPending} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
