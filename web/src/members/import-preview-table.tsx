import { Table, Text } from '@mantine/core';
import { DataTable } from '../ui/data-table.tsx';

const PREVIEW_ROWS = 50;

interface Props {
  header: string[];
  rows: string[][];
  /** Server error messages by row number (1 = first data row). */
  errors: Map<number, string>;
}

/** The CSV as read in the browser, row numbers as the server counts them, failed rows marked. */
export function ImportPreviewTable({ header, rows, errors }: Props) {
  return (
    <>
      <DataTable label="Import preview" headers={['Row', ...header]} minWidth={480} maxHeight={320} striped withTableBorder>
        {rows.slice(0, PREVIEW_ROWS).map((cells, index) => {
          const error = errors.get(index + 1);
          return (
            <Table.Tr key={index} bg={error ? 'var(--mantine-color-red-light)' : undefined} title={error}>
              <Table.Td>{index + 1}</Table.Td>
              {header.map((_, i) => (
                <Table.Td key={i}>{cells[i]}</Table.Td>
              ))}
            </Table.Tr>
          );
        })}
      </DataTable>
      {rows.length > PREVIEW_ROWS && (
        <Text size="sm" c="dimmed">
          and {rows.length - PREVIEW_ROWS} more rows
        </Text>
      )}
    </>
  );
}
