// Talks to a sandbox the way a Healthie client does: a POST to /graphql with Healthie's headers.
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../server.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  extensions?: { warnings?: Array<Record<string, string>> };
}

/** The version a client must send once Healthie enforces its version rules (the sandbox's default). */
export const currentVersion = '2026-07-01';

export interface CallOptions {
  key?: string | null;
  version?: string | null;
  headers?: Record<string, string>;
  operationName?: string;
}

export async function graphql<T = Record<string, any>>(
  sandbox: RunningSandbox,
  query: string,
  variables: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const key = options.key === undefined ? sandbox.apiKeys[0]?.key : options.key;
  if (key) {
    headers.authorization = `Basic ${key}`;
    headers.authorizationsource ??= 'API';
  }
  const version = options.version === undefined ? currentVersion : options.version;
  if (version) headers['healthie-graphql-api-version'] = version;
  const response = await fetch(sandbox.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables, operationName: options.operationName }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

export async function control<T = any>(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export function adminKey(sandbox: RunningSandbox): string {
  const key = sandbox.apiKeys[0]?.key;
  if (!key) throw new Error('The sandbox has no API keys');
  return key;
}

export function startTestSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, logger: false, ...options });
}

// Records made through the control API, for tests that book with parties of their own so that lists
// show only their appointments.

export async function addProvider(sandbox: RunningSandbox, lastName: string, fields: Record<string, unknown> = {}): Promise<string> {
  const created = await control(sandbox, 'POST', '/_sandbox/providers', { first_name: 'Pat', last_name: lastName, email: `pat.${lastName.toLowerCase()}@example.com`, ...fields });
  return created.body.provider.id;
}

export async function addPatient(sandbox: RunningSandbox, firstName: string): Promise<string> {
  const created = await control(sandbox, 'POST', '/_sandbox/patients', { first_name: firstName, last_name: 'Tester', email: `${firstName.toLowerCase()}@example.com` });
  return created.body.patient.id;
}

export async function addAppointmentType(sandbox: RunningSandbox, name: string, fields: Record<string, unknown> = {}): Promise<string> {
  return (await control(sandbox, 'POST', '/_sandbox/appointment-types', { name, length: 30, ...fields })).body.appointmentType.id;
}
