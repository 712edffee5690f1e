import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { MemberMatches } from '../api/types.ts';
import { useAction } from '../ui/use-action.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { HealthieErrorAlert } from './healthie-error-alert.tsx';
import { MatchCard } from './match-card.tsx';
import { NoMatchesHint } from './no-matches-hint.tsx';
import { PatientSummary } from './patient-summary.tsx';
import { patientName } from './patient-name.ts';
import { useMemberLinks, type MemberLink } from './use-member-links.ts';

interface Props {
  opened: boolean;
  onClose(): void;
  onLinked(): void;
}

/** Find Matching Healthie Records, then Link one by one or Link All; ambiguous matches apart. */
export function FindMatchesDialog({ opened, onClose, onLinked }: Props) {
  const { apiPath } = useWorkspace();
  const links = useMemberLinks();
  const [result, setResult] = useState<MemberMatches | null>(null);
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set());
  const find = useAction(async () => {
    setResult(await api.post<MemberMatches>(apiPath('healthie/member-matches')));
    setLinked(new Set());
  });
  const link = useAction(async (pairs: MemberLink[]) => {
    await links.link(pairs);
    setLinked((previous) => new Set([...previous, ...pairs.map((p) => p.memberId)]));
    onLinked();
  });

  const matches = result?.matches.filter((m) => !linked.has(m.member.id)) ?? [];
  const ambiguous = result?.ambiguous.filter((a) => !linked.has(a.member.id)) ?? [];
  const close = () => {
    setResult(null);
    find.reset();
    link.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Find Matching Records" size="xl">
      <Stack>
        <Text size="sm">
          Members with an email or phone on file are compared with Healthie patients: an exact email (ignoring case) first, then the
          phone number (ignoring formatting). Members already linked are left out.
        </Text>
        <Button onClick={() => void find.run()} loading={find.busy} w="fit-content">
          Find Matching Healthie Records
        </Button>
        {find.error && <HealthieErrorAlert error={find.error} title="Matching records could not be found" onRetry={() => void find.run()} />}
        {link.error && <HealthieErrorAlert error={link.error} title="The members could not be linked" />}
        {linked.size > 0 && (
          <Alert color="green" role="status">
            Linked {linked.size} {linked.size === 1 ? 'member' : 'members'} to Healthie patients.
          </Alert>
        )}
        {result && result.matches.length === 0 && result.ambiguous.length === 0 && <NoMatchesHint />}
        {matches.length > 0 && (
          <Group justify="space-between">
            <Title order={3} size="h5">
              {matches.length} {matches.length === 1 ? 'match' : 'matches'}
            </Title>
            <Button
              onClick={() => void link.run(matches.map((m) => ({ memberId: m.member.id, patientId: m.patient.id })))}
              loading={link.busy}
            >
              Link All
            </Button>
          </Group>
        )}
        {matches.map(({ member, patient, matchType }) => (
          <MatchCard
            key={member.id}
            member={member}
            matchType={matchType}
            patientSide={<PatientSummary patient={patient} />}
            actions={
              <Button size="xs" onClick={() => void link.run([{ memberId: member.id, patientId: patient.id }])} disabled={link.busy}>
                Link
              </Button>
            }
          />
        ))}
        {ambiguous.length > 0 && (
          <>
            <Title order={3} size="h5">
              Ambiguous: {ambiguous.length} {ambiguous.length === 1 ? 'member matches' : 'members match'} several patients
            </Title>
            <Text size="sm" c="dimmed">
              A shared email or phone (a family phone, a shared inbox) matches more than one patient. Choose the right one, or leave it.
            </Text>
          </>
        )}
        {ambiguous.map(({ member, candidates, matchType }) => (
          <MatchCard
            key={member.id}
            member={member}
            matchType={matchType}
            patientSide={
              <Stack gap="xs">
                {candidates.map((patient) => (
                  <Group key={patient.id} justify="space-between" wrap="nowrap" align="flex-start">
                    <PatientSummary patient={patient} />
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void link.run([{ memberId: member.id, patientId: patient.id }])}
                      disabled={link.busy}
                      aria-label={`Link to ${patientName(patient)}`}
                    >
                      Link
                    </Button>
                  </Group>
                ))}
              </Stack>
            }
            actions={null}
          />
        ))}
      </Stack>
    </Modal>
  );
}
