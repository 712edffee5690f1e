import { expect } from 'vitest';
import { WORKSPACE, type TestServer } from './test-server.ts';

const connection = `/api/v1/workspaces/${WORKSPACE}/connections/healthie`;

/** The sandbox's demo practice as it starts: its seed (the same API keys), no faults. */
async function resetSandbox(server: TestServer): Promise<void> {
  await server.sandboxRequest('POST', '/_sandbox/reset', { seed: 'demo' });
  await server.sandboxRequest('PUT', '/_sandbox/faults', {});
}

/** Takes back every "Not a match" decision, so matching proposes every pair it finds. */
async function takeBackRejections(server: TestServer): Promise<void> {
  const rejections = `/api/v1/workspaces/${WORKSPACE}/healthie/member-matches/rejections`;
  const decisions = await server.request<Array<{ member: { id: string }; patientId: string }>>('GET', `${rejections}?limit=500`);
  for (const { member, patientId } of decisions) await server.request('DELETE', `${rejections}/${member.id}/${patientId}`);
}

/**
 * Whatever ran before: the demo practice, Healthie not connected, no calendar linked to a provider,
 * no member linked to a patient and no "Not a match" decision.
 */
export async function disconnectHealthie(server: TestServer): Promise<void> {
  await resetSandbox(server);
  await takeBackRejections(server);
  const { installed } = await server.request<{ installed: boolean }>('GET', `${connection}/status`);
  if (installed) await server.request('DELETE', `${connection}?clearMemberLinks=true`);
}

/** Whatever ran before: as after disconnectHealthie, then connected to the demo practice with the owner's key. */
export async function connectHealthie(server: TestServer): Promise<void> {
  await disconnectHealthie(server);
  await server.request('PUT', connection, { apiKey: server.sandbox.apiKeys[0]!.key, baseUrl: server.sandbox.url });
}

/** Links every member that matching proposes outright to its patient, as Link All does; how many. */
export async function linkProposedMembers(server: TestServer): Promise<number> {
  const ws = `/api/v1/workspaces/${WORKSPACE}/healthie`;
  const { matches } = await server.request<{ matches: Array<{ member: { id: string }; patient: { id: string } }> }>('POST', `${ws}/member-matches`);
  await server.request('POST', `${ws}/member-links`, matches.map((m) => ({ memberId: m.member.id, patientId: m.patient.id })));
  return matches.length;
}

/** Links a calendar to a Healthie provider, as Link & Sync does, and waits for the first sync to succeed; the calendar's id. */
export async function linkCalendarToProvider(server: TestServer, calendarName: string, providerName: string): Promise<string> {
  const ws = `/api/v1/workspaces/${WORKSPACE}`;
  const calendars = await server.request<Array<{ id: string; name: string }>>('GET', `${ws}/calendars`);
  const providers = await server.request<Array<{ id: string; name: string }>>('GET', `${ws}/healthie/providers`);
  const calendarId = calendars.find((c) => c.name === calendarName)!.id;
  const { run } = await server.request<{ run: { id: string } }>('PUT', `${ws}/calendars/${calendarId}/healthie-link`, { providerId: providers.find((p) => p.name === providerName)!.id });
  await expect.poll(async () => (await server.request<{ status: string }>('GET', `${ws}/calendars/${calendarId}/sync-runs/${run.id}`)).status, { timeout: 30_000 }).toBe('succeeded');
  return calendarId;
}
