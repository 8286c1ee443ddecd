import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Where screenshots go (gitignored); look at them after a run. TANDEM_SCREENSHOTS_DIR puts them
 * elsewhere, so that a reviewer's run keeps its own set apart from other runs on the machine.
 */
export const artifactsDir =
  process.env.TANDEM_SCREENSHOTS_DIR ??
  join(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'editor');

/** Chromium from the system (never downloaded), headless, as on CI. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot as test-artifacts/editor/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

/**
 * Opens a session for `page`'s browser context the way the sign-in screen does (`POST
 * /v1/session` with the key): the HttpOnly cookie lands in the context's cookie jar.
 */
export async function signInWithKey(page: Page, base: string, key: string): Promise<void> {
  const response = await page.request.post(`${base}/v1/session`, { data: { key } });
  if (response.status() !== 200) {
    throw new Error(`signing in failed: ${response.status()} ${await response.text()}`);
  }
}
