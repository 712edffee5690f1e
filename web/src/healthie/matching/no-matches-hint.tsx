import { Alert } from '@mantine/core';

export function NoMatchesHint() {
  return (
    <Alert color="yellow" title="Member matching found no results">
      Matching requires members to have an email or phone number that exactly matches a Healthie patient record. Check that your
      members have contact information populated and that the same contact details exist in Healthie.
    </Alert>
  );
}
