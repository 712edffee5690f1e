import { darken, luminance } from '@mantine/core';

/**
 * WCAG 2.1 AA asks 4.5:1 of normal-size text; a little more is asked here, since browsers blend
 * and round colours and a ratio of exactly 4.5 can measure just under it.
 */
const AA_TEXT = 4.6;
const DARKEN_STEP = 0.04;
const MAX_STEPS = 25;

export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const readsOnAll = (color: string, backgrounds: string[]) => backgrounds.every((background) => contrastRatio(color, background) >= AA_TEXT);

/**
 * The first candidate that reads at AA on every one of these (light) backgrounds; when none does,
 * the last candidate darkened step by step until it does.
 */
export function readableOn(backgrounds: string[], candidates: string[]): string {
  const found = candidates.find((color) => readsOnAll(color, backgrounds));
  if (found) return found;
  let color = candidates.at(-1)!;
  for (let step = 0; step < MAX_STEPS && !readsOnAll(color, backgrounds); step++) color = darken(color, DARKEN_STEP);
  return color;
}
