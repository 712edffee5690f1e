import type { TestServer } from './test-server.ts';

export interface HealthieAppointment {
  id: string;
  date: string;
  pm_status: string | null;
  contact_type: string | null;
  notes: string | null;
  user: { id: string } | null;
  appointment_type: { name: string } | null;
}

const query = `query Appointment($id: ID) {
  appointment(id: $id, include_deleted: true) { id date pm_status contact_type notes user { id } appointment_type { name } }
}`;

/** An appointment as Healthie (the sandbox) holds it, read through its GraphQL API with the admin's key. */
export async function healthieAppointment(server: TestServer, id: string): Promise<HealthieAppointment | null> {
  const response = await fetch(server.sandbox.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${server.sandbox.apiKeys[0]!.key}`,
      authorizationsource: 'API',
      'healthie-graphql-api-version': '2026-07-01',
    },
    body: JSON.stringify({ query, variables: { id } }),
  });
  const { data, errors } = (await response.json()) as { data?: { appointment: HealthieAppointment | null }; errors?: unknown[] };
  if (!data) throw new Error(`the sandbox refused the appointment query: ${JSON.stringify(errors)}`);
  return data.appointment;
}
