import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { buildApp, type App } from '../../src/http/app.ts';
import { createApiFixture, createSignInAccount, testContext, type ApiFixture, type TestWorkspace } from '../support/api-fixture.ts';

let fx: ApiFixture;
let ws: TestWorkspace;

beforeAll(async () => {
  fx = await createApiFixture();
  ws = await fx.createTestWorkspace('Limits');
});
afterAll(async () => fx.close());

// Each test signs in from its own address, so what one test spends of an address's limit does not
// reach the next.
let lastAddress = 0;
const newAddress = () => `203.0.113.${++lastAddress}`;

const signIn = (app: App, from: string, email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/session', remoteAddress: from, payload: { email, password } });

const statuses = (answers: Array<{ statusCode: number }>) => answers.map((a) => a.statusCode);
const count = (list: number[], status: number) => list.filter((s) => s === status).length;

/** Ends every counting window now, as if the 15 minutes had passed. */
const endWindows = () => fx.database.query("update rate_limit_counters set resets_at = now() - interval '1 second'");

describe('sign-in limits', () => {
  it('lets 10 of 40 parallel wrong passwords for one email reach the password check and refuses the rest with 429', async () => {
    const from = newAddress();
    await createSignInAccount(fx, ws.workspace.id, { email: 'parallel@clinic.example', password: 'the right password' });
    // Letter case and spaces do not make another account.
    const emails = ['parallel@clinic.example', ' Parallel@Clinic.Example '];
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(fx.app, from, emails[i % 2]!, `wrong ${i}`)));
    const got = statuses(answers);
    expect(count(got, 401)).toBe(10);
    expect(count(got, 429)).toBe(30);

    // Which limit refused which attempt depends on the order they were counted in.
    for (const refused of answers.filter((a) => a.statusCode === 429)) {
      expect(refused.json()).toEqual({ error: { code: 'too_many_sign_ins', message: expect.stringMatching(/^Too many .*; try again in 15 minutes$/) } });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    }
  });

  it('behind a load balancer (TRUST_PROXY=on) counts the address the balancer saw, not one the client wrote in X-Forwarded-For', async () => {
    const behindProxy = await buildApp({ ...testContext(fx.database), config: { sessionTtlHours: 1, trustProxy: 1 } });
    try {
      const client = newAddress();
      // The balancer appends the address it saw; everything left of it is the client's own writing.
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          behindProxy.inject({
            method: 'POST',
            url: '/api/v1/session',
            remoteAddress: '10.0.0.5',
            headers: { 'x-forwarded-for': `198.51.100.${i + 1}, ${client}` },
            payload: { email: `spoofed-${i}@clinic.example`, password: 'Summer2026!' },
          }),
        ),
      );
      expect(count(statuses(answers), 429)).toBe(10);
    } finally {
      await behindProxy.close();
    }
  });

  it('limits one address spraying 40 different emails to 30 attempts, and not other addresses', async () => {
    const from = newAddress();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(fx.app, from, `sprayed-${i}@clinic.example`, 'Summer2026!')));
    const got = statuses(answers);
    expect(count(got, 401)).toBe(30);
    expect(count(got, 429)).toBe(10);
    expect(answers.find((a) => a.statusCode === 429)!.json().error).toMatchObject({
      code: 'too_many_sign_ins',
      message: expect.stringContaining('from this address'),
    });
    expect((await signIn(fx.app, newAddress(), 'sprayed-0@clinic.example', 'Summer2026!')).statusCode).toBe(401);
  });

  it('shares the count between two app instances on one database', async () => {
    const from = newAddress();
    // On PostgreSQL the second instance has its own connection pool, as another process would.
    const url = fx.database.url;
    const database = url ? await openDatabase({ kind: 'postgres', url, maxConnections: 5 }) : fx.database;
    const other = await buildApp({ ...testContext(fx.database), database });
    try {
      const apps = [fx.app, other];
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(apps[i % 2]!, from, 'shared@clinic.example', `wrong ${i}`)));
      const got = statuses(answers);
      expect(count(got, 401)).toBe(10);
      expect(count(got, 429)).toBe(30);
    } finally {
      await other.close();
      if (url) await database.close();
    }
  });

  it('refuses the right password past the per-account limit until the window ends', async () => {
    const from = newAddress();
    await createSignInAccount(fx, ws.workspace.id, { email: 'patient-guess@clinic.example', password: 'the right password' });
    for (let i = 0; i < 10; i++) expect((await signIn(fx.app, from, 'patient-guess@clinic.example', `wrong ${i}`)).statusCode).toBe(401);
    const refused = await signIn(fx.app, from, 'patient-guess@clinic.example', 'the right password');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toBe('Too many failed sign-ins for this email; try again in 15 minutes');
    // Another address does not help: the limit belongs to the account.
    expect((await signIn(fx.app, newAddress(), 'patient-guess@clinic.example', 'the right password')).statusCode).toBe(429);
    await endWindows();
    expect((await signIn(fx.app, from, 'patient-guess@clinic.example', 'the right password')).statusCode).toBe(200);
  });

  it("starts an account's count over after a successful sign-in, but not its address's", async () => {
    const from = newAddress();
    await createSignInAccount(fx, ws.workspace.id, { email: 'forgetful@clinic.example', password: 'the right password' });
    for (let i = 0; i < 9; i++) expect((await signIn(fx.app, from, 'forgetful@clinic.example', `wrong ${i}`)).statusCode).toBe(401);
    expect((await signIn(fx.app, from, 'forgetful@clinic.example', 'the right password')).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) expect((await signIn(fx.app, from, 'forgetful@clinic.example', `wrong again ${i}`)).statusCode).toBe(401);
    // 30 attempts from this address so far, the success among them.
    for (let i = 0; i < 10; i++) expect((await signIn(fx.app, from, `other-${i}@clinic.example`, 'guess')).statusCode).toBe(401);
    const refused = await signIn(fx.app, from, `other-x@clinic.example`, 'guess');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toContain('from this address');
  });
});
