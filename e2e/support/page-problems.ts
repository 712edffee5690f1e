import type { Page } from 'playwright-core';

// Chromium logs every failed answer as "Failed to load resource". 4xx answers are expected in
// journeys that fail on purpose (a wrong password, a wrong Healthie key), and 502/503/504 are how
// the server reports Healthie being unreachable or failing; those are not counted. A 500 (our own
// fault) always is, through the response listener.
const expectedHttpError = /^Failed to load resource: the server responded with a status of (4\d\d|50[234])/;

/** Collects what should never happen on a page: console errors, uncaught exceptions, 500 answers. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedHttpError.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() === 500) problems.push(`HTTP 500 from ${response.request().method()} ${response.url()}`);
  });
  return problems;
}
