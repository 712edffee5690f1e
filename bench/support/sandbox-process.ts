// Runs a Healthie sandbox with a scale seed in its own process, so a benchmark's RSS is its own.
// Prints one JSON line {url, hostPort, apiKey} when ready.
import { startSandbox } from '../../sandbox/server.ts';

const scale = JSON.parse(process.argv[2] ?? '{}') as { providers: number; patients: number; appointments: number };
const sandbox = await startSandbox({ seed: { scale }, settings: { rateLimit: { limit: 1_000_000, windowMs: 1_000 } } });
process.stdout.write(`${JSON.stringify({ url: sandbox.url, hostPort: new URL(sandbox.baseUrl).host, apiKey: sandbox.apiKeys[0]!.key })}\n`);
process.on('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
