import { Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { Member } from '../api/api-types.ts';
import { DataTable } from '../ui/data-table.tsx';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { AddMemberFieldForm } from './add-member-field-form.tsx';
import { HEALTHIE_PATIENT_ID } from './healthie-patient-field.ts';
import { HealthiePatientLinkForm } from './healthie-patient-link-form.tsx';
import { useMemberFieldsPatch } from './use-member-fields-patch.ts';

export function MemberFieldsCard({ member }: { member: Member }) {
  const { can } = useWorkspace();
  const patch = useMemberFieldsPatch(member.id);
  const otherFields = Object.entries(member.fields).filter(([key]) => key !== HEALTHIE_PATIENT_ID);
  const editable = can('members:write');

  return (
    <Card withBorder component="section" aria-labelledby="fields-heading">
      <Stack>
        <Title order={2} size="h4" id="fields-heading">
          Fields
        </Title>
        <HealthiePatientLinkForm key={member.fields[HEALTHIE_PATIENT_ID] ?? ''} member={member} />
        {patch.error && <ErrorAlert error={patch.error} title="The field could not be saved" />}
        {otherFields.length === 0 ? (
          <Text size="sm" c="dimmed">
            No other fields.
          </Text>
        ) : (
          <DataTable label="Member fields" headers={['Field', 'Value', ...(editable ? [''] : [])]} minWidth={360}>
            {otherFields.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td>{key}</Table.Td>
                <Table.Td>{value}</Table.Td>
                {editable && (
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${key}`} onClick={() => patch.save({ [key]: null })}>
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </DataTable>
        )}
        {editable && <AddMemberFieldForm patch={patch} />}
      </Stack>
    </Card>
  );
}
