import { Group, Pagination, Text } from '@mantine/core';

interface Props {
  /** What is counted, singular and plural: ['member', 'members']. */
  noun: [string, string];
  total: number | undefined;
  page: number;
  pages: number;
  onPage(page: number): void;
}

export function ListPager({ noun, total, page, pages, onPage }: Props) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total !== undefined && `${total} ${total === 1 ? noun[0] : noun[1]}`}
      </Text>
      {pages > 1 && (
        <nav aria-label={`${noun[0][0]!.toUpperCase()}${noun[0].slice(1)} pages`}>
          <Pagination total={pages} value={page} onChange={onPage} />
        </nav>
      )}
    </Group>
  );
}
