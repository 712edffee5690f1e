import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

export interface PageTab {
  /** The tab's id in the URL (`?tab=`). */
  value: string;
  label: string;
  /** Hidden tabs (the caller's scopes do not allow them) are left out. */
  hidden?: boolean;
  content: ReactNode;
}

/**
 * A page's tabs; the open one is kept in the URL so it survives a reload and can be linked to.
 * Only the open tab is rendered, so closed tabs neither load data nor hide duplicate controls.
 */
export function PageTabs({ tabs }: { tabs: PageTab[] }) {
  const [params, setParams] = useSearchParams();
  const shown = tabs.filter((t) => !t.hidden);
  const fallback = shown[0]?.value ?? '';
  const open = shown.find((t) => t.value === params.get('tab'))?.value ?? fallback;
  const select = (next: string | null) => setParams(next && next !== fallback ? { tab: next } : {}, { replace: true });
  return (
    <Tabs value={open} onChange={select} keepMounted={false}>
      <Tabs.List>
        {shown.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {shown.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="md">
          {tab.content}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
