import { Anchor, Button, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { RejectedMatch } from '../../api/api-types.ts';
import { memberName } from '../../members/member-name.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { RelativeTime } from '../../ui/time/relative-time.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

interface Props {
  rejections: RejectedMatch[];
  onTakeBack: ((rejection: RejectedMatch) => void) | null;
}

const takeBackLabel = (rejection: RejectedMatch) => `Take back Not a match for ${memberName(rejection.member)} and Healthie patient ${rejection.patientId}`;

/** Each "Not a match": the member, the Healthie patient id and when it was decided. */
export function RejectedMatchesTable({ rejections, onTakeBack }: Props) {
  const { uiPath } = useWorkspace();
  return (
    <DataTable label="Not a match decisions" headers={['Member', 'Healthie patient', 'Decided', '']} minWidth={560}>
      {rejections.map((rejection) => (
        <Table.Tr key={`${rejection.member.id} ${rejection.patientId}`}>
          <Table.Td>
            <Anchor component={Link} to={uiPath(`members/${rejection.member.id}`)}>
              {memberName(rejection.member)}
            </Anchor>
          </Table.Td>
          <Table.Td>Healthie patient {rejection.patientId}</Table.Td>
          <Table.Td>
            <RelativeTime instant={rejection.decidedAt} />
          </Table.Td>
          <Table.Td>
            {onTakeBack && (
              <Button size="xs" variant="subtle" onClick={() => onTakeBack(rejection)} aria-label={takeBackLabel(rejection)}>
                Take back
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
