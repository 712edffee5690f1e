import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { LinkedMember } from '../../api/api-types.ts';
import { memberName } from '../../members/member-name.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

export function LinkedMembersTable({ members, onUnlink }: { members: LinkedMember[]; onUnlink: ((member: LinkedMember) => void) | null }) {
  const { uiPath } = useWorkspace();
  return (
    <DataTable label="Linked members" headers={['Name', 'Contact', 'Healthie patient ID', '']} minWidth={600}>
      {members.map((member) => (
        <Table.Tr key={member.id}>
          <Table.Td>
            <Anchor component={Link} to={uiPath(`members/${member.id}`)}>
              {memberName(member)}
            </Anchor>
          </Table.Td>
          <Table.Td>{[member.email, member.phoneDisplay ?? member.phone].filter(Boolean).join(' · ')}</Table.Td>
          <Table.Td>
            <Group gap="xs">
              {member.patientId}
              {member.flag?.reason === 'patient_missing' && (
                <Badge color="orange" variant="light" title="Matching last found no such patient in Healthie; use Find Matching Records to re-link">
                  Not found in Healthie
                </Badge>
              )}
              {member.flag?.reason === 'patient_archived' && (
                <Badge color="orange" variant="light" title="The patient is archived in Healthie; restore them there, or unlink and re-link">
                  Archived in Healthie
                </Badge>
              )}
            </Group>
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
  );
}
