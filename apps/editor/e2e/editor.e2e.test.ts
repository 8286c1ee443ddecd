// @vitest-environment node
// The editor end to end, in real Chromium against the product as `npm start` runs it (the API
// server in its own process, a temporary PGlite folder, the built web app served by the same
// server, no Vite): sign in with a key (a session cookie), build a journey by drag and drop,
// connect ports, fix a validation error, simulate a persona, publish, and reload to find it
// saved. Screenshots go to test-artifacts/.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './api-process';
import { launchChromium, screenshot } from './browser';

let api: ApiProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  api = await startApi();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const handle = (id: string, port: string) =>
  node(id).locator(`.react-flow__handle[data-handleid="${port}"]`);
const inputOf = (id: string) => node(id).locator('.react-flow__handle.target');
/** The problems panel: its summary line and, when there are problems, the list. */
const problems = () => page.locator('.problems-panel');
/** The codes of the listed problems: each line's tooltip names its code, for support. */
const problemCodes = () =>
  problems()
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('title') ?? '').join('\n'));

/** Drags a palette entry onto the canvas at a point relative to the pane's centre. */
async function dropFromPalette(label: string, dx: number, dy: number): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('no canvas');
  await page
    .getByRole('button', { name: new RegExp(`^Add ${label}\\s*:`) })
    .dragTo(pane, { targetPosition: { x: box.width / 2 + dx, y: box.height / 2 + dy } });
}

/** Draws a connection with the mouse, from an output port to a node's input. */
async function connect(from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('handle not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

async function waitSaved(): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 })
    .toMatch(/^Saved/);
}

// A shared, busy machine can make a browser step slow; a step still fails if it never happens.
describe('the journey editor in Chromium', { timeout: 120_000 }, () => {
  it('signs in with an API key and creates a blank journey', async () => {
    await page.goto(api.appUrl);
    await screenshot(page, '01-sign-in');
    await page.getByLabel('API key').fill('tdm_not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not known');
    await page.getByLabel('API key').fill(api.adminKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your journeys' }).waitFor();
    // The key was exchanged for an HttpOnly session cookie; the page keeps no key anywhere.
    const kept = await page.evaluate(() =>
      JSON.stringify([document.cookie, { ...localStorage }, { ...sessionStorage }]),
    );
    expect(kept).not.toContain(api.adminKey);
    expect(kept).not.toContain('tandem_session');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'tandem_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(page.url()).toBe(`${api.base}/app/journeys`);
    await page.getByLabel('Name').fill('E2E ladder');
    await page.getByLabel('Start from').selectOption('blank');
    await screenshot(page, '02-journeys-list');
    await page.getByRole('button', { name: 'Create' }).click();
    await node('end').waitFor();
    expect(page.url()).toBe(`${api.base}/app/journeys/e2e-ladder`);
  });

  it('builds the journey by drag and drop and connects ports', async () => {
    // Above the end step: journeys read top to bottom, and its ports leave from its bottom edge.
    await dropFromPalette('Reminder', 0, -230);
    await node('remind-1').waitFor();
    // The new step is selected: make it the first step from the inspector.
    await page.getByRole('button', { name: 'Start the journey here' }).click();
    await expect.poll(() => node('remind-1').textContent()).toContain('Start');
    // Its required "sent" port is not connected yet: a problem on the card and in the list.
    await expect.poll(problemCodes).toContain('UNCONNECTED_PORT');
    await expect.poll(() => node('remind-1').locator('.port-unconnected').count()).toBe(1);

    await connect(handle('remind-1', 'sent'), inputOf('end'));
    await page.locator('.react-flow__edge[data-id="remind-1:sent"]').waitFor();
    await expect.poll(problemCodes).not.toContain('UNCONNECTED_PORT');

    // A second connection from the same port is refused as it is drawn.
    await connect(handle('remind-1', 'sent'), inputOf('remind-1'));
    expect(await page.locator('.react-flow__edge').count()).toBe(1);

    // Dropping a Wait onto the connection inserts it: reminder → wait → end.
    const edge = await page
      .locator('.react-flow__edge[data-id="remind-1:sent"] .react-flow__edge-path')
      .boundingBox();
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!edge || !pane) throw new Error('edge not on screen');
    await page
      .getByRole('button', { name: /^Add Wait\s*:/ })
      .dragTo(page.locator('.react-flow__pane'), {
        targetPosition: {
          x: edge.x + edge.width / 2 - pane.x,
          y: edge.y + edge.height / 2 - pane.y,
        },
      });
    await node('wait-1').waitFor();
    await page.locator('.react-flow__edge[data-id="wait-1:done"]').waitFor();
    expect(await page.locator('.react-flow__edge[data-id="remind-1:sent"]').count()).toBe(1);

    // Undo takes the insertion back, redo brings it again.
    await page.locator('.react-flow__pane').click({ position: { x: 60, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => node('wait-1').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await node('wait-1').waitFor();
    await page.getByRole('button', { name: 'Tidy up (auto-layout)' }).click();
    await page.waitForTimeout(400);
    await screenshot(page, '03-canvas-built');
  });

  it('finds a validation error in the list, fixes it in the inspector, and cannot publish before', async () => {
    // A second language makes the reminder's message incomplete.
    await page.locator('.react-flow__pane').click({ position: { x: 60, y: 20 } });
    const languages = page.getByLabel('Languages');
    await languages.fill('en, vi');
    await languages.press('Enter');
    await expect.poll(problemCodes).toContain('MISSING_LOCALE');
    await expect.poll(() => node('remind-1').locator('.badge-error').count()).toBe(1);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('publish-problems').textContent())
      .toContain('remind-1');
    expect(
      await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).isDisabled(),
    ).toBe(true);
    await screenshot(page, '04-publish-blocked');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await problems()
      .getByRole('button', { name: /there is no “vi” text/ })
      .click();
    await page.getByRole('heading', { name: 'Reminder' }).waitFor();
    await page.getByRole('tab', { name: /^vi/ }).first().click();
    await page
      .getByLabel('Message (vi)')
      .fill(
        'Chào {{ borrower.firstName }}, khoản {{ account.amountDue | money }} đã đến hạn. {{ links.portal }}',
      );
    await expect
      .poll(() => page.getByTestId('message-preview').first().textContent())
      .toContain('Chào Lan');
    await expect.poll(() => page.getByTestId('sms-count').first().textContent()).toContain('UCS-2');
    await screenshot(page, '05-inspector-message');
    await expect
      .poll(() => page.locator('.problems-toggle').textContent())
      .toContain('No problems');
    await waitSaved();
  });

  it('simulates a persona and highlights the path taken', async () => {
    await page.getByRole('button', { name: 'Simulate' }).click();
    await page.getByLabel('Persona').selectOption('silent');
    await page.getByLabel('Sample').selectOption('lan-vi');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => page.getByTestId('sim-outcome').textContent()).toContain('Completed');
    const sent = page.locator('.timeline-entry.kind-sent');
    await expect.poll(() => sent.first().textContent()).toContain('Chào Lan');
    expect(await node('wait-1').locator('.journey-node').getAttribute('class')).toContain(
      'mark-path',
    );
    await sent.first().getByRole('button').click();
    await expect.poll(() => node('remind-1').getAttribute('class')).toContain('selected');
    await screenshot(page, '06-simulate');
    await page.getByRole('button', { name: 'Close simulation' }).click();
  });

  it('shows the JSON in Monaco and never lets invalid JSON destroy the canvas', async () => {
    await page.getByRole('button', { name: 'Code' }).click();
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator('.monaco-editor .view-lines').textContent())
      .toContain('journey/v1');
    await screenshot(page, '07-code-view');
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' oops');
    await expect
      .poll(() => page.getByTestId('code-error').textContent())
      .toContain('This is not valid JSON');
    await page.getByRole('button', { name: 'Canvas' }).click();
    await node('wait-1').waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(3);
  });

  it('publishes with a note, and after a reload finds the journey saved with its version', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByLabel('What changed (for the history)')
      .fill('First version: reminder, wait, end');
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Published version 1');

    await page.reload();
    await node('wait-1').waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(3);
    await node('remind-1').click();
    await page.getByRole('tab', { name: /^vi/ }).first().click();
    expect(await page.getByLabel('Message (vi)').inputValue()).toContain(
      'Chào {{ borrower.firstName }}',
    );
    await page.getByRole('button', { name: 'History' }).click();
    await expect
      .poll(() => page.locator('.version').first().textContent())
      .toContain('First version');

    const stored = await fetch(`${api.base}/v1/journeys/e2e-ladder`, {
      headers: { authorization: `Bearer ${api.adminKey}` },
    });
    const body = (await stored.json()) as { ok: boolean; versions: Array<{ version: number }> };
    expect(body.ok).toBe(true);
    expect(body.versions.map((v) => v.version)).toEqual([1]);

    // Compare the draft with v1 after an edit: the changed step is highlighted.
    await page.getByRole('button', { name: 'Close history' }).click();
    await node('wait-1').click();
    await page.getByLabel('Name on the canvas').fill('Give them two days');
    await waitSaved();
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Compare with draft' }).click();
    await expect
      .poll(() => page.getByTestId('diff-summary').textContent())
      .toContain('Changed Give them two days: Name on the canvas');
    expect(await node('wait-1').locator('.journey-node').getAttribute('class')).toContain(
      'mark-changed',
    );
    await screenshot(page, '08-history-diff');

    // Restoring v1 as the draft takes the label back off, as an edit that autosaves.
    await page.getByRole('button', { name: 'Restore as draft' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Version 1 restored');
    await expect.poll(() => node('wait-1').textContent()).not.toContain('Give them two days');
    await waitSaved();
  });

  it('stays usable at tablet and phone widths', async () => {
    await page.getByRole('button', { name: 'Close history' }).click();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await page.waitForTimeout(400);
    await screenshot(page, '09-tablet-1024');
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isVisible()).toBe(true);
    // The top bar shows icons only here; the buttons keep their names for screen readers.
    expect(await page.getByRole('button', { name: 'Simulate' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Code' }).isVisible()).toBe(true);
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    await screenshot(page, '10-tablet-768');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await screenshot(page, '11-phone-390');
    expect(await page.locator('.react-flow__node').count()).toBe(3);
  });
});
