import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/accessibility.ts';
import { TABLET, useE2eEnvironment } from './support/e2e-environment.ts';
import { ADMIN_TOKEN, WORKSPACE } from './support/test-server.ts';

interface Member {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

const membersApi = `/api/v1/workspaces/${WORKSPACE}/members`;

describe('members', () => {
  const env = useE2eEnvironment();

  it('lists, searches and pages through the members', async () => {
    // The demo clinic's 40, and any other journey added.
    const all = await env.server.request<unknown[]>('GET', `/api/v1/workspaces/${WORKSPACE}/members?limit=500`);
    expect(all.length).toBeGreaterThanOrEqual(40);
    const page = await env.signedInPage();
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByText(`${all.length} members`).waitFor();
    const rows = page.getByRole('table', { name: 'Members' }).locator('tbody tr');
    expect(await rows.count()).toBe(20);

    await page.getByRole('navigation', { name: 'Member pages' }).getByRole('button', { name: '2' }).click();
    await expect.poll(() => rows.first().textContent()).not.toContain('Maria');
    expect(await rows.count()).toBe(20);

    await page.getByLabel('Search members').fill('okafor');
    await page.getByText('1 member', { exact: true }).waitFor();
    expect(await rows.first().textContent()).toContain('James Okafor');

    await page.getByLabel('Search members').fill('nobody-by-this-name');
    await page.getByText('No member matches').waitFor();
  });

  // The Healthie link on this page is checked with Healthie: member-links.e2e.test.ts.
  it('adds a member and edits their fields', async () => {
    const page = await env.signedInPage({ viewport: TABLET });
    await page.goto('/w/demo-clinic/members');
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add member' });
    await dialog.getByLabel('First name').fill('Ada');
    await dialog.getByLabel('Last name').fill('Lovelace');
    await dialog.getByLabel('Phone').fill('not a phone');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await dialog.getByText('phone is not a phone number').waitFor();
    await dialog.getByLabel('Phone').fill('(415) 555-0199');
    await dialog.getByLabel('Email').fill('ada@example.com');
    await dialog.getByRole('button', { name: 'Add member' }).click();

    await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    await page.getByText('Not linked to a Healthie patient').waitFor();

    await page.getByLabel('New field').fill('crm:tier');
    await page.getByRole('textbox', { name: 'Value' }).fill('gold');
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('table', { name: 'Member fields' }).getByText('gold').waitFor();

    await page.reload();
    await page.getByRole('table', { name: 'Member fields' }).getByText('gold').waitFor();
    await page.getByRole('button', { name: 'Remove crm:tier' }).click();
    await page.getByText('No other fields.').waitFor();
    await page.getByText('No appointments in the next 90 days.').waitFor();
  });

  it("warns while adding a member whose email or phone another member has, and still adds them", async () => {
    const all = await env.server.request<Member[]>('GET', `${membersApi}?limit=500`);
    const owner = all.find((m) => m.email && m.phone && m.firstName !== 'Maria')!;
    const ownerName = `${owner.firstName} ${owner.lastName}`;
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/members`);
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add member' });
    await dialog.getByLabel('First name').fill('Twin');
    await dialog.getByLabel('Email').fill(owner.email!.toUpperCase());
    const notice = dialog.getByRole('status').filter({ hasText: 'Already in this workspace' });
    await notice.getByText(`${ownerName} already has this email.`).waitFor();
    // The same number written another way.
    await dialog.getByLabel('Phone').fill(owner.phone!);
    await notice.getByText(`${ownerName} already has this email and phone number.`).waitFor();
    expect(await notice.getByRole('link', { name: ownerName }).getAttribute('href')).toBe(`/w/${WORKSPACE}/members/${owner.id}`);
    await expectNoSeriousViolations(page, 'Add member, warning of a shared email and phone');

    await dialog.getByLabel('Email').fill('twin.unique@example.com');
    await notice.getByText(`${ownerName} already has this phone number.`).waitFor();
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('heading', { name: 'Twin' }).waitFor();
    await env.server.request('DELETE', `${membersApi}/${page.url().split('/').at(-1)}`);
  });

  it('deletes a member from their page after confirming', async () => {
    const member = await env.server.request<Member>('POST', membersApi, { firstName: 'Short', lastName: 'Stay', email: 'short.stay@example.com' });
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/members/${member.id}`);
    await page.getByRole('button', { name: 'Delete member' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Short Stay?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Short Stay' }).waitFor();

    await page.getByRole('button', { name: 'Delete member' }).click();
    await expectNoSeriousViolations(page, 'Delete member, confirming');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alert').filter({ hasText: 'Short Stay was deleted' }).waitFor();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByLabel('Search members').fill('short.stay');
    await page.getByText('No member matches').waitFor();
    expect((await fetch(`${env.server.url}${membersApi}/${member.id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(404);
  });

  it('previews a CSV import and shows the rows the server refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    const file = join(dir, 'members.csv');
    await writeFile(
      file,
      ['firstName,lastName,email,phone', 'Nia,Long,nia.long@example.com,', 'Nobody,Reachable,,', 'Maria,Lopez,MARIA.LOPEZ@example.com,'].join('\n'),
    );
    const page = await env.signedInPage();
    await page.goto('/w/demo-clinic/members');
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import members' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByLabel('CSV file').click()]);
    await chooser.setFiles(file);

    const preview = dialog.getByRole('table', { name: 'Import preview' });
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(3);
    await dialog.getByRole('button', { name: 'Import 3 rows' }).click();

    await dialog.getByText('1 created, 1 updated, 0 unchanged, 1 row with errors').waitFor();
    const errors = dialog.getByRole('table', { name: 'Import errors' });
    expect(await errors.locator('tbody tr').first().textContent()).toContain('each row needs an email, a phone or an external id');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByLabel('Search members').fill('nia.long');
    await page.getByText('1 member', { exact: true }).waitFor();

    // A file the server could not read is said so before anything is sent.
    const broken = join(dir, 'broken.csv');
    await writeFile(broken, 'firstName,lastName,email\n"Nia,Long,nia.long@example.com\n');
    await page.getByRole('button', { name: 'Import' }).click();
    const [again] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByLabel('CSV file').click()]);
    await again.setFiles(broken);
    await dialog.getByRole('alert').filter({ hasText: 'The CSV could not be read' }).waitFor();
    expect(await dialog.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
  });
});
