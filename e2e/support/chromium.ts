import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a closed network: no background calls home, which the machine refuses many at a time. */
const quiet = ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Chromium, headless: Debian's where the machine has it (faster to start), else the headless build
 * that `@sparticuz/chromium` ships inside its npm package, so `npm test` needs nothing but Node.
 * Each launch gets a fresh temporary profile from Playwright: no cookies or storage carry over.
 */
export async function launchChromium(options: { packaged?: boolean } = {}): Promise<Browser> {
  if (!options.packaged && existsSync(DEBIAN_CHROMIUM)) {
    return chromium.launch({ executablePath: DEBIAN_CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', ...quiet] });
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  // Its flags are for one page per process (serverless): a test opens and closes many contexts.
  const args = packaged.args.filter((arg) => arg !== '--single-process');
  return chromium.launch({ executablePath: await packaged.executablePath(), args: [...args, ...quiet] });
}
