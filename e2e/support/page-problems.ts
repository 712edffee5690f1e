import type { Page } from 'playwright-core';

// Chromium logs every 4xx answer as "Failed to load resource"; those are expected in journeys that
// fail on purpose (a wrong password, a wrong Healthie key), so they are not counted here, while
// 5xx answers are, through the response listener.
const expectedHttpError = /^Failed to load resource: the server responded with a status of 4\d\d/;

/** Collects what should never happen on a page: console errors, uncaught exceptions, 5xx answers. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedHttpError.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} from ${response.request().method()} ${response.url()}`);
  });
  return problems;
}
