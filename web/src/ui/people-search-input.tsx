import { TextInput, type TextInputProps } from '@mantine/core';

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  label: string;
  /** The search of a paged list (usePagedSearch). */
  paged: { search: string; setSearch(text: string): void };
}

/** The search box over a list of people: they are found by name, email or phone. */
export function PeopleSearchInput({ paged, ...inputProps }: Props) {
  return <TextInput placeholder="Name, email or phone" value={paged.search} onChange={(e) => paged.setSearch(e.currentTarget.value)} {...inputProps} />;
}
