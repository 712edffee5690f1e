import { Stack, Text } from '@mantine/core';

/** A person's name and contact details, as one side of a match card. */
export function PersonSummary({ caption, name, email, phone }: { caption: string; name: string; email: string | null; phone: string | null }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {caption}
      </Text>
      <Text fw={600} truncate>
        {name}
      </Text>
      <Text size="sm" truncate>
        {email ?? 'no email'}
      </Text>
      <Text size="sm">{phone ?? 'no phone'}</Text>
    </Stack>
  );
}
