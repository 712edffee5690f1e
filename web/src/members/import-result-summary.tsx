import { Alert, Table } from '@mantine/core';
import type { ImportResult } from '../api/api-types.ts';
import { DataTable } from '../ui/data-table.tsx';

export function ImportResultSummary({ result }: { result: ImportResult }) {
  const failed = result.errors.length;
  return (
    <>
      <Alert color={failed ? 'yellow' : 'green'} title="Import finished" role="status">
        {result.created} created, {result.updated} updated, {result.unchanged} unchanged, {failed} {failed === 1 ? 'row' : 'rows'} with
        errors
      </Alert>
      {failed > 0 && (
        <DataTable label="Import errors" headers={['Row', 'Problem']} minWidth={360} maxHeight={200}>
          {result.errors.map((error) => (
            <Table.Tr key={error.row}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
