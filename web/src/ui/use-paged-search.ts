import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { SearchablePath } from '../api/paged-list.ts';
import { usePagedList } from './use-paged-list.ts';

/** A paged list behind a search box: `path?search=&limit=&offset=`, total from `X-Total-Count`. */
export function usePagedSearch<Path extends SearchablePath>(path: Path, ws: string, pageSize: number) {
  const [search, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const list = usePagedList(path, ws, pageSize, debouncedSearch);
  const setSearch = (text: string) => {
    setSearchText(text);
    list.setPage(1);
  };
  return { ...list, search, setSearch, searched: debouncedSearch };
}
