import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { demoMembers } from '../../demo/people.ts';
import type { Db } from '../db/database.ts';
import { members, workspaces } from '../db/schema.ts';
import { addToWorkspace, createAccount } from '../workspace/accounts.ts';
import { issueApiKey } from '../workspace/api-keys.ts';
import { createCalendar } from '../workspace/calendars.ts';
import { contactColumns } from '../workspace/members.ts';
import { allScopes } from '../workspace/scopes.ts';
import { createWorkspace } from '../workspace/workspaces.ts';

export const DEMO_ADMIN_EMAIL = 'admin@demo-clinic.example';
const BOOTSTRAP_LOCK = 7_340_114;

export interface DemoCredentials {
  workspaceId: string;
  workspaceSlug: string;
  email: string;
  password: string;
  token: string;
}

/**
 * On an empty database, creates the demo clinic: a workspace with Healthie enabled, an admin with
 * every scope, the demo members (built to match the Healthie sandbox's demo patients) and two
 * internal calendars. Does nothing once any workspace exists; safe when processes start together.
 */
export async function bootstrapDemoWorkspace(
  db: Db,
  options: { email?: string; password?: string; token?: string },
): Promise<DemoCredentials | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`);
    const [any] = await tx.select({ id: workspaces.id }).from(workspaces).limit(1);
    if (any) return null;

    const workspace = await createWorkspace(tx, { name: 'Demo Clinic', slug: 'demo-clinic', features: ['ehr_healthie', 'ai_assistants'] });
    const email = options.email ?? DEMO_ADMIN_EMAIL;
    const password = options.password ?? randomBytes(9).toString('base64url');
    const account = await createAccount(tx, { email, name: 'Demo Admin', password });
    await addToWorkspace(tx, { workspaceId: workspace.id, accountId: account.id });
    const { token } = await issueApiKey(tx, {
      workspaceId: workspace.id,
      accountId: account.id,
      name: 'Demo admin token',
      scopes: allScopes,
      expiresInDays: 365,
      ...(options.token ? { token: options.token } : {}),
    });
    await tx.insert(members).values(
      demoMembers.map(({ expect: _expect, ...person }) => ({
        ...contactColumns(person, 'US'),
        firstName: person.firstName,
        workspaceId: workspace.id,
      })),
    );
    await createCalendar(tx, workspace.id, {
      name: 'Primary Care',
      timezone: 'America/New_York',
      description: 'Visits with the primary care team',
      color: '#228be6',
    });
    await createCalendar(tx, workspace.id, {
      name: 'Nutrition',
      timezone: 'America/Chicago',
      description: 'Dietitian sessions',
      color: '#40c057',
    });
    return { workspaceId: workspace.id, workspaceSlug: workspace.slug, email, password, token };
  });
}
