import { SimpleGrid, TextInput } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { api } from '../api/client.ts';
import type { Member } from '../api/types.ts';
import { FormCard } from '../ui/form-card.tsx';
import { useAction } from '../ui/use-action.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { contactPayload, type ContactForm } from './contact-form.ts';

const contactOf = (member: Member): ContactForm => ({
  firstName: member.firstName,
  lastName: member.lastName,
  email: member.email ?? '',
  phone: member.phoneDisplay ?? member.phone ?? '',
  externalId: member.externalId ?? '',
});

export function MemberContactCard({ member, onSaved }: { member: Member; onSaved(): void }) {
  const { apiPath, can } = useWorkspace();
  const [form, setForm] = useState(() => contactOf(member));
  const save = useAction(async () => {
    await api.patch<Member>(apiPath(`members/${member.id}`), contactPayload(form));
    onSaved();
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
      onSubmit={() => void save.run()}
      submit={editable ? { label: 'Save contact', disabled: !changed, busy: save.busy } : null}
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
