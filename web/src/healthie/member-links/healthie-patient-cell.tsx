import { Badge, Group, Stack, Text } from '@mantine/core';
import type { HealthiePatientDetails, LinkedMember } from '../../api/api-types.ts';
import { patientName } from '../matching/patient-name.ts';

interface Props {
  patientId: string;
  /** The lookup's answer; undefined until it arrived (or when it failed). */
  patients: ReadonlyMap<string, HealthiePatientDetails> | undefined;
  /** What matching last found, shown while Healthie's own answer is not there. */
  flag?: LinkedMember['flag'];
}

const notFound = (
  <Badge color="orange" variant="light" title="Healthie has no patient with this id; use Find Matching Records to re-link">
    Not found in Healthie
  </Badge>
);
const archivedBadge = (
  <Badge color="orange" variant="light" title="The patient is archived in Healthie; restore them there, or unlink and re-link">
    Archived in Healthie
  </Badge>
);

/** A linked patient as Healthie has them (name, email, phone), to compare with the member beside them. */
export function HealthiePatientCell({ patientId, patients, flag = null }: Props) {
  const patient = patients?.get(patientId);
  const contact = patient ? [patient.email, patient.phone].filter(Boolean).join(' · ') || 'no email or phone' : null;
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      {patient && (
        <Text size="sm" fw={600} truncate>
          {patientName(patient)}
        </Text>
      )}
      {contact && (
        <Text size="sm" truncate>
          {contact}
        </Text>
      )}
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          Healthie patient {patientId}
        </Text>
        {patients ? (patient ? patient.archived && archivedBadge : notFound) : flag?.reason === 'patient_missing' ? notFound : flag?.reason === 'patient_archived' && archivedBadge}
      </Group>
    </Stack>
  );
}
