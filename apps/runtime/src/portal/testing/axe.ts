// axe-core in a portal page, from the local package (never a CDN). Evaluated through the
// DevTools protocol, which the portal's CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Every axe-core violation on the page as it is now, as "rule-id: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  // As text: this package is compiled without the DOM library.
  return page.evaluate<string[]>(
    `axe.run(document).then((r) => r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' (' + v.impact + '): ' + n.target.join(' '))))`,
  );
}

/**
 * Text at 200 %, as a borrower who sets a larger text size sees it: the portal sizes everything
 * in rem, so its stylesheet is served with the root font size doubled. (Chromium's own
 * default-font-size setting cannot be changed per page from a test.)
 */
export async function doubleTextSize(page: Page): Promise<void> {
  await page.route(/\/portal\.css$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\nhtml{font-size:200%}` });
  });
}
