// `npm run bench`: runs each benchmark module of this folder in its own process (so RSS figures
// are its own) and prints their figures. `npm run bench -- sandbox` runs one.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const [only] = process.argv.slice(2);

if (process.env.BENCH_CHILD) {
  const module = (await import(`./${only}.ts`)) as { run(): Promise<void> };
  await module.run();
} else {
  const names = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
    .map((f) => f.slice(0, -3))
    .filter((name) => !only || name === only);
  let failed = false;
  for (const name of names) {
    console.log(`\n## ${name}`);
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CHILD: '1' },
    });
    failed ||= child.status !== 0;
  }
  process.exitCode = failed ? 1 : 0;
}
