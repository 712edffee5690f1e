import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Member } from '../api/api-types.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { HEALTHIE_PATIENT_ID } from './healthie-patient-field.ts';
import { useMemberFieldsPatch } from './use-member-fields-patch.ts';

/** The member's link to a Healthie patient, by the patient's id; Unlink removes the field. */
export function HealthiePatientLinkForm({ member }: { member: Member }) {
  const { can } = useWorkspace();
  const linked = member.fields[HEALTHIE_PATIENT_ID] ?? '';
  const [patientId, setPatientId] = useState(linked);
  const patch = useMemberFieldsPatch(member.id);
  const editable = can('members:write');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    patch.save({ [HEALTHIE_PATIENT_ID]: patientId.trim() || null });
  };
  const unlink = () => patch.save({ [HEALTHIE_PATIENT_ID]: null }, () => setPatientId(''));

  return (
    <form onSubmit={submit}>
      {patch.error && <ErrorAlert error={patch.error} title="The Healthie link could not be saved" />}
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
              <Button variant="subtle" color="red" onClick={unlink} disabled={patch.busy}>
                Unlink
              </Button>
            )}
          </>
        )}
      </Group>
    </form>
  );
}
