import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { ensureWebBuilt } from './build-web.ts';
import { launchChromium } from './chromium.ts';
import { watchPageProblems } from './page-problems.ts';
import { signIn } from './sign-in.ts';
import { startTestServer, type TestServer } from './test-server.ts';

export const LAPTOP = { width: 1280, height: 900 };
export const TABLET = { width: 800, height: 1024 };

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The browser's own time zone (the machine's by default). */
  timezoneId?: string;
}

export interface E2eEnvironment {
  server: TestServer;
  /** A new browser context (no cookies) with one page on the app's origin. */
  openPage(options?: PageOptions): Promise<Page>;
  /** A new page, signed in as the demo admin, on the app's start page. */
  signedInPage(options?: PageOptions): Promise<Page>;
}

/**
 * Per test file: the UI built, one real server with its own database, one Chromium. After each
 * test its pages are closed and must have shown no console errors.
 */
export function useE2eEnvironment(): E2eEnvironment {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const opened: Array<{ context: BrowserContext; problems: string[] }> = [];

  beforeAll(async () => {
    ensureWebBuilt();
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  }, 180_000);

  afterEach(async () => {
    const problems = opened.flatMap((o) => o.problems);
    await Promise.all(opened.splice(0).map((o) => o.context.close()));
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openPage = async ({ viewport = LAPTOP, timezoneId }: PageOptions = {}) => {
    const context = await browser!.newContext({ baseURL: server!.url, viewport, ...(timezoneId ? { timezoneId } : {}) });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    opened.push({ context, problems: watchPageProblems(page) });
    return page;
  };

  return {
    get server() {
      return server!;
    },
    openPage,
    async signedInPage(options?: PageOptions) {
      const page = await openPage(options);
      await signIn(page);
      return page;
    },
  };
}
