import type { LightMyRequestResponse } from 'fastify';
import { createMember, type MemberInput } from '../../src/workspace/members.ts';
import { phoneRegionOf } from '../../src/workspace/workspaces.ts';
import { bearer, type ApiFixture, type TestWorkspace } from './api-fixture.ts';
import { sandboxApiPerTest } from './sandbox-api-per-test.ts';
import type { TestSandbox } from './sandbox.ts';

export interface PatientInput {
  first_name?: string;
  last_name?: string;
  email?: string | null;
  phone_number?: string | null;
}

/** A workspace connected to the sandbox, with helpers to add patients and members and call the matching API. */
export class MatchingPractice {
  constructor(
    readonly fx: ApiFixture,
    readonly sandbox: TestSandbox,
    readonly ws: TestWorkspace,
  ) {}

  get base() {
    return `/api/v1/workspaces/${this.ws.workspace.id}`;
  }

  /** Resets the sandbox to `seed` and connects the workspace to it. */
  async connect(seed: unknown = 'empty'): Promise<void> {
    await this.sandbox.control('POST', '/_sandbox/reset', { seed });
    const res = await this.call('PUT', '/connections/healthie', { apiKey: this.sandbox.adminKey, baseUrl: this.sandbox.url });
    if (res.statusCode !== 200) throw new Error(`connect failed: ${res.body}`);
    await this.sandbox.control('DELETE', '/_sandbox/stats');
  }

  async patient(input: PatientInput): Promise<string> {
    const body = { first_name: 'Pat', last_name: `Patient${Math.random().toString(36).slice(2, 8)}`, skipped_email: !input.email, ...input };
    const created = await this.sandbox.control<{ patient: { id: string } }>('POST', '/_sandbox/patients', body);
    return created.patient.id;
  }

  async member(input: MemberInput & { firstName: string }): Promise<string> {
    return (await createMember(this.fx.database.db, this.ws.workspace.id, input, phoneRegionOf(this.ws.workspace))).id;
  }

  call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, payload?: unknown, token = this.ws.token): Promise<LightMyRequestResponse> {
    return this.fx.app.inject({ method, url: `${this.base}${path}`, headers: bearer(token), ...(payload !== undefined ? { payload: payload as never } : {}) });
  }

  async findMatches(): Promise<MatchesBody> {
    const res = await this.call('POST', '/healthie/member-matches');
    if (res.statusCode !== 200) throw new Error(`find matches failed: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  async auditActions(): Promise<string[]> {
    return (await this.call('GET', '/audit-log')).json().map((e: { action: string }) => e.action);
  }
}

/** For a test file: before each test (`practice`), a fresh workspace of the demo sandbox (`connect` it to the sandbox). */
export const matchingPracticePerTest = () =>
  sandboxApiPerTest('demo', 'practice', async ({ fx, sandbox }) => new MatchingPractice(fx, sandbox, await fx.createTestWorkspace('Matching')));

interface PatientBody {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface MatchesBody {
  strategy: string;
  requests: number;
  patientsRead: number;
  membersConsidered: number;
  matches: Array<{ member: { id: string; firstName: string; lastName: string }; patient: PatientBody; matchType: string; concerns: string[] }>;
  ambiguous: Array<{ member: { id: string; firstName: string }; candidates: PatientBody[]; matchType: string; reasons: string[]; otherMemberIds: string[] }>;
  flaggedLinks: Array<{ memberId: string; patientId: string; reason: string }>;
}
