// `npm run sandbox -- --port P --seed demo|empty`: runs the sandbox alone until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { startSandbox } from './server.ts';

export async function runSandboxCli(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, seed: { type: 'string', default: 'demo' }, host: { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port ?? process.env.SANDBOX_PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, not ${values.port}`);
  if (values.seed !== 'demo' && values.seed !== 'empty') throw new Error(`--seed must be demo or empty, not ${values.seed}`);

  const sandbox = await startSandbox({ port, seed: values.seed, ...(values.host ? { host: values.host } : {}), logger: false });
  console.log(`Healthie sandbox (${values.seed} seed) at ${sandbox.url}`);
  console.log(`Control API at ${sandbox.baseUrl}/_sandbox (see sandbox/README.md)`);
  console.log('API keys (send as "Authorization: Basic <key>" with "AuthorizationSource: API"):');
  for (const apiKey of sandbox.apiKeys) {
    const members = apiKey.canListOrganizationMembers ? 'can list organization members' : 'cannot list organization members';
    console.log(`  ${apiKey.key}  ${apiKey.name} <${apiKey.email}>, ${members}`);
  }

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await sandbox.close();
}
