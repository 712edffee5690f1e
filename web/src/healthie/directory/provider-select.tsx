import { Select, Stack, Text, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import type { HealthieProvider } from '../../api/api-types.ts';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'renderOption' | 'filter' | 'description'> {
  providers: HealthieProvider[];
  /** Providers another calendar already follows, with that calendar's name: offered, but not choosable. */
  linkedTo?: ReadonlyMap<string, string>;
  value: string | null;
  onChange(providerId: string | null): void;
}

/** An email that wraps after its @ where it must, and inside a part only when that part alone is too long. */
function wrappingEmail(email: string | null | undefined) {
  const at = email?.indexOf('@') ?? -1;
  if (!email || at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

/**
 * A Healthie provider picked by name or email. The field shows the name, which fits, and the
 * chosen provider's email in full beneath it; each option shows both, the email wrapping where long.
 */
export function ProviderSelect({ providers, linkedTo = new Map(), value, onChange, ...selectProps }: Props) {
  const emails = new Map(providers.map((p) => [p.id, p.email]));
  const filter: OptionsFilter = ({ options, search }) => {
    const needle = search.trim().toLowerCase();
    return options.filter((option) => 'value' in option && `${option.label} ${emails.get(option.value) ?? ''}`.toLowerCase().includes(needle));
  };
  const renderOption = ({ option }: { option: ComboboxItem }) => (
    <Stack gap={0} miw={0}>
      <Text size="sm">{option.label}</Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'break-word' }}>
        {wrappingEmail(emails.get(option.value))}
      </Text>
      {linkedTo.has(option.value) && (
        <Text size="xs" c="dimmed">
          Already linked to {linkedTo.get(option.value)}
        </Text>
      )}
    </Stack>
  );
  return (
    <Select
      {...selectProps}
      data={providers.map((p) => ({ value: p.id, label: p.name, disabled: linkedTo.has(p.id) }))}
      value={value}
      onChange={onChange}
      searchable
      filter={filter}
      renderOption={renderOption}
      description={value ? wrappingEmail(emails.get(value)) : undefined}
      styles={{ description: { overflowWrap: 'break-word' } }}
    />
  );
}
