import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per element that breaks a rule: what a developer needs to find and fix it. */
function describeViolation(violation: Violation): string[] {
  return violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`);
}

/**
 * Waits for the screen's transitions (Mantine fades dialogs and tabs in) to end, since a colour
 * measured mid-fade is not the one a person reads; spinners, which never end, are not waited for.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Runs axe's WCAG 2.1 A and AA rules on the page as it is; any serious or critical violation fails
 * the test, which still goes on to check its other screens so that one run lists them all.
 */
export async function expectNoSeriousViolations(page: Page, screenName: string): Promise<void> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? '')).flatMap(describeViolation);
  expect.soft(blocking, `serious or critical accessibility violations on ${screenName}`).toEqual([]);
}
