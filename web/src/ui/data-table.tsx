import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props extends Omit<TableProps, 'children'> {
  /** The table's accessible name. */
  label: string;
  /** A line under the table that holds for all of it, e.g. the time zone of its times. */
  caption?: string;
  headers: ReactNode[];
  /** Below this width the table scrolls sideways, with its scrollbar in view, instead of squeezing its columns. */
  minWidth: number;
  maxHeight?: number;
  /** The body's rows (`Table.Tr`). */
  children: ReactNode;
}

export function DataTable({ label, caption, headers, minWidth, maxHeight, children, ...tableProps }: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ type: 'auto' }} {...(maxHeight ? { maxHeight } : {})}>
      <Table aria-label={label} captionSide="bottom" {...tableProps}>
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, i) => (
              <Table.Th key={i}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
