import type { Locator } from 'playwright-core';

/**
 * What keeps an element from being seen whole across the page without scrolling sideways: an edge
 * past the viewport's, or a scroll container (or other clipping box) that cuts it off. Empty when
 * it is all there.
 */
export function horizontalCutOffs(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (box.left < 0) problems.push(`left edge at ${Math.round(box.left)} px, before the viewport`);
    if (box.right > width + 0.5) problems.push(`right edge at ${Math.round(box.right)} px, past the viewport's ${width} px`);
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) problems.push(`cut off by ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}`);
    }
    return problems;
  });
}

/** Whether an element's text is drawn whole, not cut off or ended with an ellipsis. */
export function textFits(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.scrollWidth <= element.clientWidth);
}
