import { Alert, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import type { MemberLink } from '../../api/api-types.ts';
import { describeAmbiguity } from './ambiguity-reasons.ts';
import { HealthieErrorAlert } from '../healthie-error-alert.tsx';
import { MatchCard } from './match-card.tsx';
import { MatchConcernsNotice } from './match-concerns-notice.tsx';
import { MatchDecisionButtons } from './match-decision-buttons.tsx';
import { MatchRunProgress } from './match-run-progress.tsx';
import { NoMatchesHint } from './no-matches-hint.tsx';
import { PatientSummary } from './patient-summary.tsx';
import { patientName } from './patient-name.ts';
import { useMatchSession } from './use-match-session.ts';

interface Props {
  opened: boolean;
  onClose(): void;
}

/** Find Matching Healthie Records, then Link one by one or Link All; ambiguous matches apart. */
export function FindMatchesDialog({ opened, onClose }: Props) {
  const session = useMatchSession();
  const { result, matches, ambiguous, busy } = session;
  const linkOne = (pair: MemberLink) => session.link([pair]);
  const close = () => {
    session.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Find Matching Records" size="xl">
      <Stack>
        <Text size="sm">
          Members with an email or phone on file are compared with Healthie patients: an exact email (ignoring case) first, then the
          phone number (ignoring formatting). Members already linked are left out.
        </Text>
        <Button onClick={session.find} loading={session.finding} w="fit-content">
          Find Matching Healthie Records
        </Button>
        {session.finding && <MatchRunProgress />}
        {session.findError && <HealthieErrorAlert error={session.findError} title="Matching records could not be found" onRetry={session.find} />}
        {session.decisionError && <HealthieErrorAlert error={session.decisionError} title="The decision could not be saved" />}
        {session.lastBatch && (
          <Alert color="green" title={`Linked ${session.lastBatch.linked} members`}>
            <Group justify="space-between">
              <Text size="sm">Spot-check a few of them. Link All can be taken back for 10 minutes.</Text>
              <Button size="xs" variant="default" onClick={session.undoLastBatch} loading={session.undoing}>
                Undo Link All
              </Button>
            </Group>
          </Alert>
        )}
        {session.failures.length > 0 && (
          <Alert color="yellow" title="Some links were not made">
            <List size="sm">
              {session.failures.map((f) => (
                <List.Item key={f.memberId}>{f.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {result && result.matches.length === 0 && result.ambiguous.length === 0 && <NoMatchesHint />}
        {result && result.flaggedLinks.length > 0 && (
          <Alert color="yellow" title="Linked patients missing or archived in Healthie">
            {result.flaggedLinks.length} linked {result.flaggedLinks.length === 1 ? 'member points' : 'members point'} at a patient Healthie
            no longer has, or has archived; they are flagged in the Members tab.
          </Alert>
        )}
        {matches.length > 0 && (
          <Group justify="space-between">
            <Title order={3} size="h5">
              {matches.length} {matches.length === 1 ? 'match' : 'matches'}
            </Title>
            <Group gap="xs">
              {session.forLinkAll.length < matches.length && (
                <Text size="sm" c="dimmed">
                  {matches.length - session.forLinkAll.length} to check left out
                </Text>
              )}
              <Button
                onClick={() => session.link(session.forLinkAll.map((m) => ({ memberId: m.member.id, patientId: m.patient.id })))}
                loading={session.linking}
                disabled={session.forLinkAll.length === 0}
              >
                Link All
              </Button>
            </Group>
          </Group>
        )}
        {matches.map(({ member, patient, matchType, concerns }) => (
          <MatchCard
            key={member.id}
            member={member}
            matchType={matchType}
            patientSide={<PatientSummary patient={patient} />}
            notice={
              concerns.length > 0 && (
                <MatchConcernsNotice
                  concerns={concerns}
                  memberName={`${member.firstName} ${member.lastName}`.trim()}
                  included={session.isIncluded(member.id)}
                  onIncludedChange={(include) => session.include(member.id, include)}
                />
              )
            }
            actions={<MatchDecisionButtons pair={{ memberId: member.id, patientId: patient.id }} busy={busy} onLink={linkOne} onReject={session.reject} />}
          />
        ))}
        {ambiguous.length > 0 && (
          <Title order={3} size="h5">
            Ambiguous: {ambiguous.length} {ambiguous.length === 1 ? 'member' : 'members'} to decide by hand
          </Title>
        )}
        {ambiguous.map(({ member, candidates, matchType, reasons }) => (
          <MatchCard
            key={member.id}
            member={member}
            matchType={matchType}
            patientSide={
              <Stack gap="sm">
                <Text size="xs" c="orange">
                  {describeAmbiguity(reasons, matchType)}
                </Text>
                {candidates.map((patient) => (
                  <Stack key={patient.id} gap={4}>
                    <PatientSummary patient={patient} />
                    <Group gap="xs">
                      <MatchDecisionButtons
                        pair={{ memberId: member.id, patientId: patient.id }}
                        patientName={patientName(patient)}
                        busy={busy}
                        onLink={linkOne}
                        onReject={session.reject}
                      />
                    </Group>
                  </Stack>
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
