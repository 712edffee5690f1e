import { SimpleGrid, TextInput } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { api } from '../api/api.ts';
import type { Member } from '../api/api-types.ts';
import { FormCard } from '../ui/form-card.tsx';
import { notifyDone } from '../ui/notify.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { contactPayload, type ContactForm } from './contact-form.ts';
import { invalidateMembers } from './invalidate-members.ts';

const contactOf = (member: Member): ContactForm => ({
  firstName: member.firstName,
  lastName: member.lastName,
  email: member.email ?? '',
  phone: member.phoneDisplay ?? member.phone ?? '',
  externalId: member.externalId ?? '',
});

export function MemberContactCard({ member }: { member: Member }) {
  const { ws, can } = useWorkspace();
  const [form, setForm] = useState(() => contactOf(member));
  const save = api.useMutation('patch', '/api/v1/workspaces/{ws}/members/{id}', {
    onSuccess: () => {
      notifyDone('Contact saved');
      return invalidateMembers();
    },
  });
  const editable = can('members:write');
  const changed = JSON.stringify(form) !== JSON.stringify(contactOf(member));
  const field = (key: keyof ContactForm) => ({
    value: form[key],
    readOnly: !editable,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
  });

  return (
    <FormCard
      title="Contact"
      error={save.error}
      errorTitle="The changes could not be saved"
      onSubmit={() => save.mutate({ params: { path: { ws, id: member.id } }, body: contactPayload(form) })}
      submit={editable ? { label: 'Save contact', disabled: !changed, busy: save.isPending } : null}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="First name" required {...field('firstName')} />
        <TextInput label="Last name" {...field('lastName')} />
        <TextInput label="Email" type="email" {...field('email')} />
        <TextInput label="Phone" type="tel" {...field('phone')} />
        <TextInput label="External ID" {...field('externalId')} />
      </SimpleGrid>
    </FormCard>
  );
}
