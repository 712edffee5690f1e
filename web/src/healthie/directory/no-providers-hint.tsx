import { Alert } from '@mantine/core';

export function NoProvidersHint() {
  return (
    <Alert color="yellow" title="No providers appear">
      The API key may not have permission to list organization members in Healthie. Verify that the key belongs to an account with
      appropriate access in your Healthie organization.
    </Alert>
  );
}
