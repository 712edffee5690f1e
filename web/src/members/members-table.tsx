import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { Member } from '../api/api-types.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { HEALTHIE_PATIENT_ID } from './healthie-patient-field.ts';
import { memberName } from './member-name.ts';
import { DataTable } from '../ui/data-table.tsx';

export function MembersTable({ members }: { members: Member[] }) {
  const { uiPath } = useWorkspace();
  return (
    <DataTable label="Members" headers={['Name', 'Email', 'Phone', 'External ID', 'Healthie']} minWidth={640} striped highlightOnHover>
      {members.map((member) => (
        <Table.Tr key={member.id}>
          <Table.Td>
            <Anchor component={Link} to={uiPath(`members/${member.id}`)}>
              {memberName(member) || '(no name)'}
            </Anchor>
          </Table.Td>
          <Table.Td>{member.email}</Table.Td>
          <Table.Td>{member.phoneDisplay ?? member.phone}</Table.Td>
          <Table.Td>{member.externalId}</Table.Td>
          <Table.Td>
            {member.fields[HEALTHIE_PATIENT_ID] && (
              <Badge variant="light" color="teal">
                Linked
              </Badge>
      )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
