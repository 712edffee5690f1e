import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Member } from '../api/api-types.ts';
import { HealthieErrorAlert } from '../healthie/healthie-error-alert.tsx';
import { HealthiePatientCell } from '../healthie/member-links/healthie-patient-cell.tsx';
import { UNAVAILABLE_IN_ERROR, useConnectionStatus } from '../healthie/connection/use-connection-status.ts';
import { useHealthiePatients } from '../healthie/member-links/use-healthie-patients.ts';
import { ConfirmDialog } from '../ui/confirm-dialog.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { HEALTHIE_PATIENT_ID } from './healthie-patient-field.ts';
import { memberName } from './member-name.ts';
import { useMemberFieldsPatch } from './use-member-fields-patch.ts';

/**
 * The member's link to a Healthie patient, by the patient's id: the server checks the id with
 * Healthie on save, the patient is shown as Healthie has them, and Unlink asks first.
 */
export function HealthiePatientLinkForm({ member }: { member: Member }) {
  const { can } = useWorkspace();
  const linked = member.fields[HEALTHIE_PATIENT_ID] ?? '';
  const [patientId, setPatientId] = useState(linked);
  const [confirmUnlink, setConfirmUnlink] = useState(false);
  const patch = useMemberFieldsPatch(member.id);
  const lookup = useHealthiePatients(linked ? [linked] : []);
  const { inError } = useConnectionStatus();
  const editable = can('members:write');
  const patient = lookup.patients?.get(linked);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    patch.save({ [HEALTHIE_PATIENT_ID]: patientId.trim() || null });
  };

  return (
    <Stack gap="xs">
      <form onSubmit={submit} aria-label="Healthie link">
        {patch.error && <HealthieErrorAlert error={patch.error} title="The Healthie link could not be saved" />}
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Healthie patient ID"
            description={linked ? 'Linked to this Healthie patient' : 'Not linked to a Healthie patient'}
            value={patientId}
            readOnly={!editable}
            onChange={(e) => setPatientId(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          {editable && (
            <>
              <Button type="submit" variant="light" disabled={patientId.trim() === linked} loading={patch.busy}>
                Save link
              </Button>
              {linked && (
                <Button variant="subtle" color="red" onClick={() => setConfirmUnlink(true)} disabled={patch.busy}>
                  Unlink
                </Button>
              )}
            </>
          )}
        </Group>
      </form>
      {linked && (
        <section aria-label="Linked Healthie patient">
          {inError ? (
            <Text size="sm" c="dimmed">
              Healthie patient {linked}. {UNAVAILABLE_IN_ERROR}
            </Text>
          ) : lookup.error ? (
            <HealthieErrorAlert error={lookup.error} title="The patient could not be looked up in Healthie" onRetry={() => void lookup.refetch()} />
          ) : lookup.patients ? (
            <HealthiePatientCell patientId={linked} patients={lookup.patients} />
          ) : (
            <Text size="sm" c="dimmed">
              Looking the patient up in Healthie…
            </Text>
          )}
        </section>
      )}
      <ConfirmDialog
        opened={confirmUnlink}
        title={`Unlink ${memberName(member)}?`}
        confirmLabel="Unlink"
        onClose={() => setConfirmUnlink(false)}
        onConfirm={() => patch.saveAsync({ [HEALTHIE_PATIENT_ID]: null })}
      >
        <Text size="sm">
          {memberName(member)} will no longer be linked to Healthie patient {patient ? `${patient.name} (${linked})` : linked}, and their Healthie
          appointments will no longer show on this member. Nothing is deleted in Healthie.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
