// Shapes a Page as Healthie's 2026-01-01 connections: nodes, edges, page_info, total_count.
import type { Page } from '../store/connection.ts';

export function connectionOf<T>(page: Page<T>) {
  return {
    nodes: page.nodes,
    edges: page.nodes.map((node, position) => ({ node, cursor: page.cursors[position] })),
    page_info: {
      has_next_page: page.hasNextPage,
      has_previous_page: page.hasPreviousPage,
      start_cursor: page.cursors[0] ?? null,
      end_cursor: page.cursors[page.cursors.length - 1] ?? null,
    },
    total_count: page.totalCount,
  };
}

export const emptyConnection = () =>
  connectionOf({ nodes: [], cursors: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 });
