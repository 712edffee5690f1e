import { Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';
import type { LinkedMember } from '../../api/api-types.ts';
import { memberName } from '../../members/member-name.ts';
import { usePagedSearch } from '../../ui/use-paged-search.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

// Enough to pick from; a longer search narrows them.
const SHOWN = 20;

interface Props extends Omit<SelectProps, 'value' | 'onChange' | 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> {
  value: string | null;
  onChange(memberId: string | null): void;
}

const option = (member: LinkedMember) => ({ value: member.id, label: member.email ? `${memberName(member)} (${member.email})` : memberName(member) });

/** A member linked to a Healthie patient, found by name, email or phone as the linked members list searches them. */
export function LinkedMemberSelect({ value, onChange, ...selectProps }: Props) {
  const { ws } = useWorkspace();
  const linked = usePagedSearch('/api/v1/workspaces/{ws}/healthie/member-links', ws, SHOWN);
  // The chosen one stays an option while a search that leaves it out loads.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const found = (linked.items.data ?? []).map(option);
  const data = chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
  return (
    <Select
      placeholder="Name, email or phone"
      nothingFoundMessage={linked.items.data ? 'No linked member matches' : 'Searching…'}
      {...selectProps}
      searchable
      searchValue={linked.search}
      onSearchChange={linked.setSearch}
      // The server has searched already.
      filter={({ options }) => options}
      data={data}
      value={value}
      onChange={(id, picked) => {
        setChosen(picked && { value: picked.value, label: picked.label });
        onChange(id);
      }}
    />
  );
}
