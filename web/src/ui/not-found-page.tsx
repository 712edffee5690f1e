import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Stack p="md">
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text>
        There is nothing at this address. <Anchor component={Link} to="/">Go to the start page</Anchor>
      </Text>
    </Stack>
  );
}
