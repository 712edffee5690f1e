import { Fieldset, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { api } from '../../api/api.ts';
import type { Calendar, PushSettings } from '../../api/api-types.ts';
import { invalidateCalendars } from '../../calendars/invalidate-calendars.ts';
import { notifyDone, notifyFailed } from '../../ui/notify.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { UNAVAILABLE_IN_ERROR, useConnectionStatus } from '../connection/use-connection-status.ts';
import { cancelAsLabels, conflictLabels, pushSettingsOf } from './push-settings.ts';
import { LINK_SCOPE } from './sync-permissions.ts';

const ADMIN_ONLY = 'Only a calendar admin can change how this calendar pushes to Healthie.';

const fieldLabels: Record<keyof PushSettings, string> = {
  pushChanges: 'Push changes to Healthie',
  cancelAs: 'When cancelled here',
  conflicts: 'When both change',
  enforceAvailability: "Check the provider's availability in Healthie",
};

const choiceLabels: Record<string, string> = { ...cancelAsLabels, ...conflictLabels };
const valueWords = (value: PushSettings[keyof PushSettings]) => (typeof value === 'boolean' ? (value ? 'on' : 'off') : choiceLabels[value]);

const options = <Value extends string>(labels: Record<Value, string>) =>
  (Object.entries(labels) as Array<[Value, string]>).map(([value, label]) => ({ value, label }));

/** Whether and how a linked calendar sends the changes made here to Healthie; each change is saved at once. */
export function PushSettingsFields({ calendar }: { calendar: Calendar }) {
  const { ws, can } = useWorkspace();
  const { usable, inError } = useConnectionStatus();
  // Pending until the calendar has been read again, so a control never shows the old value meanwhile.
  const save = api.useMutation('patch', '/api/v1/workspaces/{ws}/calendars/{id}/healthie-link', { onSuccess: invalidateCalendars });
  const saved = pushSettingsOf(calendar);
  const shown = save.isPending && save.variables ? { ...saved, ...save.variables.body } : saved;
  const admin = can(LINK_SCOPE);
  const disabled = !admin || !usable;
  const whyDisabled = !admin ? ADMIN_ONLY : inError ? UNAVAILABLE_IN_ERROR : null;

  const change = <Field extends keyof PushSettings>(field: Field, value: PushSettings[Field]) =>
    save.mutate(
      { params: { path: { ws, id: calendar.id } }, body: { [field]: value } as Partial<PushSettings> },
      {
        onSuccess: () => notifyDone(`${calendar.name} · ${fieldLabels[field]}: ${valueWords(value)}`),
        onError: (failure) => notifyFailed(`${fieldLabels[field]} could not be saved for ${calendar.name}`, failure),
      },
    );
  const switchProps = (field: 'pushChanges' | 'enforceAvailability') => ({
    label: fieldLabels[field],
    checked: shown[field],
    disabled,
    onChange: (event: ChangeEvent<HTMLInputElement>) => change(field, event.currentTarget.checked),
  });
  const selectProps = <Field extends 'cancelAs' | 'conflicts'>(field: Field, labels: Record<PushSettings[Field], string>) => ({
    label: fieldLabels[field],
    data: options(labels),
    value: shown[field],
    allowDeselect: false,
    disabled,
    onChange: (value: PushSettings[Field] | null) => value && change(field, value),
  });

  return (
    <Fieldset legend={<Text fw={600}>Push to Healthie</Text>} variant="unstyled">
      <Stack gap="sm">
        <Switch
          {...switchProps('pushChanges')}
          description="Appointments booked, moved or cancelled here are sent to Healthie. Off: the calendar only shows Healthie's appointments."
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select {...selectProps('cancelAs', cancelAsLabels)} />
          <Select {...selectProps('conflicts', conflictLabels)} />
        </SimpleGrid>
        <Switch {...switchProps('enforceAvailability')} description="A booking or move outside the provider's availability in Healthie is refused." />
        {whyDisabled && (
          <Text size="sm" c="dimmed">
            {whyDisabled}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
