import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { pagedListQuery, type PagedPath } from '../api/paged-list.ts';

/** A paged list: `path?limit=&offset=` (and `search=` when given), total from `X-Total-Count`. */
export function usePagedList<Path extends PagedPath>(path: Path, ws: string, pageSize: number, search?: string) {
  const [page, setPage] = useState(1);
  const list = useQuery(pagedListQuery(path, ws, { limit: pageSize, offset: (page - 1) * pageSize, ...(search === undefined ? {} : { search }) }));
  const total = list.data?.total;
  const pages = Math.max(1, Math.ceil((total ?? 0) / pageSize));
  // A page that removals emptied (its last row unlinked or taken back) gives way to the last page left.
  useEffect(() => {
    if (total !== undefined && page > pages) setPage(pages);
  }, [total, page, pages]);
  return {
    /** This page's items once loaded, or why they could not be. */
    items: { data: list.data?.items, error: list.error },
    total,
    page,
    setPage,
    pages,
  };
}
