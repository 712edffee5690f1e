import { Alert } from '@mantine/core';

export function FutureOnlyHint() {
  return (
    <Alert color="blue" title="The sync found 0 appointments">
      Only future appointments are synced. If all of the provider's appointments are in the past, no events will appear. Check the
      provider's upcoming schedule in Healthie to confirm there are future appointments.
    </Alert>
  );
}
