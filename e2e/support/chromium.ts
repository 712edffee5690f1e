import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless. Each launch gets a fresh temporary profile from Playwright, so no
 * cookies or storage carry over between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
