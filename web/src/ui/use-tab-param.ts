import { useSearchParams } from 'react-router';

/** The open tab, kept in the URL (`?tab=`) so it survives a reload and can be linked to. */
export function useTabParam<T extends string>(tabs: readonly T[], fallback: T): [T, (tab: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = tabs.find((t) => t === requested) ?? fallback;
  const setTab = (next: string | null) => setParams(next && next !== fallback ? { tab: next } : {}, { replace: true });
  return [tab, setTab];
}
