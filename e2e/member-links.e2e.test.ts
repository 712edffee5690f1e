import { describe, expect, it } from 'vitest';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { connectHealthie } from './support/healthie-state.ts';
import { WORKSPACE } from './support/test-server.ts';

interface Proposal {
  member: { id: string; firstName: string; lastName: string };
  patient: { id: string; name: string; email: string | null };
}

describe('spot-checking member links', () => {
  const env = useE2eEnvironment();
  const proposals = async () =>
    (await env.server.request<{ matches: Proposal[] }>('POST', `/api/v1/workspaces/${WORKSPACE}/healthie/member-matches`)).matches;

  it("checks a patient id with Healthie on the member page, shows the patient as Healthie has them, and asks before Unlink", async () => {
    await connectHealthie(env.server);
    const [{ member, patient }] = (await proposals()) as [Proposal];
    const name = `${member.firstName} ${member.lastName}`;
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/members/${member.id}`);
    const form = page.getByRole('form', { name: 'Healthie link' });
    const idInput = form.getByRole('textbox', { name: 'Healthie patient ID' });

    await idInput.fill('999999');
    await form.getByRole('button', { name: 'Save link' }).click();
    await form.getByRole('alert').getByText('Healthie patient 999999 was not found in Healthie').waitFor();
    await form.getByText('Not linked to a Healthie patient').waitFor();

    await idInput.fill(patient.id);
    await form.getByRole('button', { name: 'Save link' }).click();
    await page.getByText('Linked to this Healthie patient').waitFor();
    const linked = page.getByRole('region', { name: 'Linked Healthie patient' });
    await linked.getByText(patient.name).waitFor();
    if (patient.email) await linked.getByText(patient.email, { exact: false }).waitFor();

    await form.getByRole('button', { name: 'Unlink' }).click();
    const confirm = page.getByRole('dialog', { name: `Unlink ${name}?` });
    await confirm.getByText(`Healthie patient ${patient.name} (${patient.id})`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Linked to this Healthie patient').waitFor();
    await form.getByRole('button', { name: 'Unlink' }).click();
    await page.getByRole('dialog', { name: `Unlink ${name}?` }).getByRole('button', { name: 'Unlink' }).click();
    await page.getByText('Not linked to a Healthie patient').waitFor();
    expect(await page.getByRole('region', { name: 'Linked Healthie patient' }).count()).toBe(0);
  });

  it('lists each linked member beside the patient as Healthie has them', async () => {
    await connectHealthie(env.server);
    const matches = await proposals();
    await env.server.request('POST', `/api/v1/workspaces/${WORKSPACE}/healthie/member-links`, matches.map((m) => ({ memberId: m.member.id, patientId: m.patient.id })));
    const page = await env.signedInPage();
    await page.goto(`/w/${WORKSPACE}/app-connections/healthie?tab=members`);
    const table = page.getByRole('table', { name: 'Linked members' });
    for (const { member, patient } of matches.slice(0, 3)) {
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: `${member.firstName} ${member.lastName}` }) });
      const healthieSide = row.getByRole('cell').nth(2);
      await healthieSide.getByText(patient.name).waitFor();
      await healthieSide.getByText(`Healthie patient ${patient.id}`).waitFor();
    }
  });
});
