import { Anchor, Button, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { LinkedMember } from '../../api/api-types.ts';
import { memberName } from '../../members/member-name.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { HealthieErrorAlert } from '../healthie-error-alert.tsx';
import { HealthiePatientCell } from './healthie-patient-cell.tsx';
import { useHealthiePatients } from './use-healthie-patients.ts';

interface Props {
  members: LinkedMember[];
  onUnlink: ((member: LinkedMember) => void) | null;
}

/** Each linked member beside their patient as Healthie has them now, so a person can spot a wrong link. */
export function LinkedMembersTable({ members, onUnlink }: Props) {
  const { uiPath } = useWorkspace();
  const { patients, error, refetch } = useHealthiePatients(members.map((m) => m.patientId));
  return (
    <>
      {error && <HealthieErrorAlert error={error} title="Healthie's patient details could not be loaded" onRetry={() => void refetch()} />}
      <DataTable label="Linked members" headers={['Member', 'Member contact', 'Healthie patient', '']} minWidth={640}>
        {members.map((member) => (
          <Table.Tr key={member.id}>
            <Table.Td>
              <Anchor component={Link} to={uiPath(`members/${member.id}`)}>
                {memberName(member)}
              </Anchor>
            </Table.Td>
            <Table.Td>{[member.email, member.phoneDisplay ?? member.phone].filter(Boolean).join(' · ')}</Table.Td>
            <Table.Td>
              <HealthiePatientCell patientId={member.patientId} patients={patients} flag={member.flag} />
            </Table.Td>
            <Table.Td>
              {onUnlink && (
                <Button size="xs" variant="subtle" color="red" onClick={() => onUnlink(member)} aria-label={`Unlink ${memberName(member)}`}>
                  Unlink
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}
