import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeFindings } from './axe';
import { screenshot } from './browser';

export interface ScreenSize {
  width: number;
  height: number;
}

/** A product manager's screens: the widths the editor's issues name. */
export const designerSizes: readonly ScreenSize[] = [
  { width: 1400, height: 900 },
  { width: 1280, height: 800 },
];

/** An agent's screens: a desktop and a 1024 px laptop. */
export const agentSizes: readonly ScreenSize[] = [
  { width: 1400, height: 900 },
  { width: 1024, height: 768 },
];

/**
 * Looks at the page as its user would at each size: a screenshot named `<name>-<width>` in
 * test-artifacts/editor/ (for a person to look at) and axe-core with no serious or critical
 * finding. The page is left at the first size, so the steps after it see what they expect.
 */
export async function lookAt(
  page: Page,
  name: string,
  sizes: readonly ScreenSize[] = designerSizes,
  settleMs = 150,
): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(settleMs);
    await screenshot(page, `${name}-${size.width}`);
    expect(await seriousAxeFindings(page), `${name} at ${size.width}`).toEqual([]);
  }
  await page.setViewportSize(sizes[0]!);
}
