// @vitest-environment node
// Every editor screen in English, Vietnamese and Chinese, in real Chromium against the product as
// `npm start` runs it, at 1400×900 and 1280×800: sign-in, the journey list, the canvas of each
// example journey, the inspector of every built-in node type, simulate with its result, history
// with a compare, the code view, the publish dialog and the draft-conflict dialog. On each: no
// English message of the app left on screen (vi, zh), no outcome or exit shown by its raw id
// (“noResponse”, “agreed”), no choice of a form shown by its raw value (“untilDate”), no problem
// code, and axe-core finds nothing serious. Screenshots go to test-artifacts/editor/words-<locale>-…
// for a person to look at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInNodes } from '@tandem/nodes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { launchChromium, signInWithKey } from './browser';
import { lookAt } from './look-at';

interface ExampleNode {
  id: string;
  type: string;
  label?: string;
  config?: {
    outcome?: string;
    outcomes?: string[];
    events?: string[];
    rules?: Array<{ label?: string }>;
  };
}
interface Example {
  id: string;
  name: string;
  description?: string;
  start: string;
  nodes: ExampleNode[];
}

const examplesDir = join(import.meta.dirname, '..', '..', '..', 'examples');
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.journey.json'))
  .map((file) => JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) as Example);

const messagesDir = join(import.meta.dirname, '..', 'src', 'i18n', 'messages');
const catalogueOf = (locale: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(messagesDir, locale)).flatMap((file) =>
      Object.entries(
        JSON.parse(readFileSync(join(messagesDir, locale, file), 'utf8')) as Record<string, string>,
      ),
    ),
  );
const english = catalogueOf('en');

/** What the lender wrote in the examples, in English: journey names, step and rule labels. */
const lenderWords = examples.flatMap((e) => [
  e.name,
  e.description ?? '',
  ...e.nodes.flatMap((n) => [n.label ?? '', ...(n.config?.rules ?? []).map((r) => r.label ?? '')]),
]);

/**
 * English the page must not show in `locale`: the app's messages without arguments, and the
 * built-in nodes' names, help and outcome names, where the language words them differently.
 */
function englishLeftovers(locale: string): Set<string> {
  if (locale === 'en') return new Set();
  const other = catalogueOf(locale);
  const texts = Object.entries(english)
    .filter(([key, text]) => !/[{<]/.test(text) && other[key] !== text && text.length > 3)
    .map(([, text]) => text);
  for (const node of builtInNodes) {
    const t = node.ui.translations?.[locale];
    if (t?.label !== node.ui.label) texts.push(node.ui.label);
    if (t?.help !== node.ui.help) texts.push(node.ui.help);
    for (const [id, name] of Object.entries(node.ui.outcomes ?? {}))
      if (t?.outcomes?.[id] !== name) texts.push(name);
    for (const [path, names] of Object.entries(node.ui.choices ?? {}))
      for (const [value, name] of Object.entries(names))
        if (t?.fields?.[path]?.options?.[value] !== name) texts.push(name);
  }
  // Words both languages share (brand names, "SMS") and the lender's own words (a step named
  // "Offer a plan") are not leftovers.
  const shared = new Set(['SMS', 'WhatsApp', 'Email', 'JSON', ...lenderWords]);
  return new Set(texts.filter((text) => !shared.has(text)));
}

/** The outcome and exit ids of the examples that are not words: they must not show as text. */
const rawIds = new Set(
  examples.flatMap((e) =>
    e.nodes.flatMap((n) => [
      ...(n.config?.outcome ? [n.config.outcome] : []),
      ...(n.config?.outcomes ?? []),
      ...(n.config?.events ?? []),
    ]),
  ),
);

/** The page's own texts: each text node trimmed, aria-labels and titles. */
const pageTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label]'))
      found.push(element.getAttribute('aria-label') ?? '');
    return found;
  });

/**
 * The choices of the forms' selects and check boxes (node configs, journey settings) shown by
 * their raw values: a camelCase or dotted identifier, or an option whose text is its value when
 * that is not a plain lower-case word (English "days" or "contains" is its own name).
 */
const rawChoices = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const looksRaw = (text: string) =>
      /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(text) || /^[a-z]+(?:\.[a-zA-Z]+)+$/.test(text);
    const found: string[] = [];
    for (const option of document.querySelectorAll<HTMLOptionElement>('[data-field] option')) {
      const text = option.textContent?.trim() ?? '';
      const sameAsValue = text === option.value && !/^[a-z ]+$/.test(text);
      if (option.value !== '' && (sameAsValue || looksRaw(text))) found.push(text);
    }
    for (const chip of document.querySelectorAll('[data-field] .checkbox-chip')) {
      const text = chip.textContent?.trim() ?? '';
      if (looksRaw(text)) found.push(text);
    }
    return found;
  });

/** What is wrong with the words on screen: English left over, raw ids and raw choices. */
async function wordProblems(page: Page, locale: string, ids = true): Promise<string[]> {
  const leftovers = englishLeftovers(locale);
  const texts = await pageTexts(page);
  return [
    ...(await rawChoices(page)).map((text) => `raw choice: ${text}`),
    ...texts.filter((text) => leftovers.has(text)).map((text) => `English: ${text}`),
    // A summary ("结果：noResponse") or an exit label that is the id itself.
    ...(ids
      ? texts
          .filter((text) =>
            [...rawIds].some(
              (id) => text === id || text.endsWith(`：${id}`) || text.endsWith(`: ${id}`),
            ),
          )
          .map((text) => `raw id: ${text}`)
      : []),
  ];
}

let api: ApiProcess;
let browser: Browser;

beforeAll(async () => {
  api = await startApi();
  await createJourneys(api, examples);
  // A published version, so history has something to compare with the draft.
  const published = await fetch(`${api.base}/v1/journeys/${examples[0]!.id}/publish`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ note: 'v1' }),
  });
  expect(published.status).toBeLessThan(300);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** The first example step of each built-in node type: the one whose inspector is looked at. */
const stepOfEachType = builtInNodes.map((node) => {
  const example = examples.find((e) => e.nodes.some((n) => n.type === node.type));
  return { type: node.type, example, step: example?.nodes.find((n) => n.type === node.type) };
});

describe.each([
  { locale: 'en', browserLocale: 'en-US' },
  { locale: 'vi', browserLocale: 'vi-VN' },
  { locale: 'zh', browserLocale: 'zh-CN' },
])('the editor in $locale', { timeout: 300_000 }, ({ locale, browserLocale }) => {
  const m = catalogueOf(locale);
  let page: Page;
  const shot = (name: string) => lookAt(page, `words-${locale}-${name}`);
  const expectWords = async (name: string, ids = true) =>
    expect(await wordProblems(page, locale, ids), name).toEqual([]);

  beforeAll(async () => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: browserLocale,
    });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  it('sign-in and the journey list', async () => {
    await page.goto(`${api.base}/app/journeys`);
    await page.getByLabel(m['shell.signIn.keyLabel']!).waitFor();
    await shot('sign-in');
    await expectWords('sign-in');
    await signInWithKey(page, api.base, api.adminKey);
    await page.goto(`${api.base}/app/journeys`);
    await page.locator('main a[href*="/journeys/"]').first().waitFor();
    await shot('list');
    await expectWords('list');
  });

  it.each(examples.map((e) => [e.id, e] as const))('the canvas of %s', async (_, example) => {
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await card(page, example.start).waitFor();
    await page.waitForTimeout(700);
    await shot(`canvas-${example.id}`);
    await expectWords(`canvas ${example.id}`);
  });

  it.each(stepOfEachType.map((s) => [s.type, s] as const))(
    'the inspector of a %s step',
    async (type, { example, step }) => {
      if (!example || !step) throw new Error(`no example journey has a ${type} step`);
      if (!page.url().endsWith(`/journeys/${example.id}`)) {
        await page.goto(`${api.base}/app/journeys/${example.id}`);
        await card(page, example.start).waitFor();
      }
      // The step may be off screen: a click event selects it where it is.
      await card(page, step.id).dispatchEvent('click');
      await page.locator('.inspector-body').getByLabel(m['inspector.name']!).waitFor();
      await shot(`inspector-${type}`);
      await expectWords(`inspector ${type}`);
    },
  );

  it('simulate, with its result', async () => {
    const example = examples.find((e) => e.id === 'promise-ladder') ?? examples[0]!;
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await card(page, example.start).waitFor();
    await page.getByRole('button', { name: m['editor.toolbar.simulate'], exact: true }).click();
    await page.getByRole('button', { name: m['simulate.run'] }).click();
    const outcome = page.getByTestId('sim-outcome');
    await outcome.waitFor();
    // The outcome by its name: never the lender's camelCase id.
    expect(await outcome.locator('strong').textContent()).not.toMatch(/^[a-z]+[A-Z]\w*$/);
    await shot('simulate');
    await expectWords('simulate');
    await page.getByRole('button', { name: m['simulate.close'] }).click();
  });

  it('history, compared with the draft', async () => {
    await page.goto(`${api.base}/app/journeys/${examples[0]!.id}`);
    await card(page, examples[0]!.start).waitFor();
    await page.getByRole('button', { name: m['editor.toolbar.history'], exact: true }).click();
    await page.locator('.version').first().waitFor();
    await page.getByRole('button', { name: m['history.compareDraft'] }).click();
    await page.getByTestId('diff-summary').waitFor();
    await shot('history');
    await expectWords('history');
    await page.getByRole('button', { name: m['history.close'] }).click();
  });

  it('the publish dialog', async () => {
    await page.getByRole('button', { name: m['editor.toolbar.publish'], exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await shot('publish');
    await expectWords('publish');
    await page.getByRole('dialog').getByRole('button', { name: m['common.cancel'] }).click();
  });

  it('the code view', async () => {
    await page.getByRole('button', { name: m['editor.toolbar.code'], exact: true }).click();
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
    // The journey's JSON is the lender's own identifiers, as they are.
    await shot('code');
    await expectWords('code', false);
  });

  // Someone else saves the draft (an exit rewired) while this page renames a step: the dialog
  // names the step, the field and the exit as the card and inspector do, never by their ids.
  it('the draft-conflict dialog', async () => {
    const journeyId = 'promise-ladder';
    await page.goto(`${api.base}/app/journeys/${journeyId}`);
    await card(page, 'ask').waitFor();
    await card(page, 'ask').dispatchEvent('click');
    const stepName = page.locator('.inspector-body #node-label');
    await stepName.waitFor();

    const headers = { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' };
    const stored = (await (
      await fetch(`${api.base}/v1/journeys/${journeyId}`, { headers })
    ).json()) as { draft: { nodes: Array<{ id: string; next?: Record<string, string> }> } };
    const saveDraft = async (document: unknown) => {
      const saved = await fetch(`${api.base}/v1/journeys/${journeyId}/draft`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ document }),
      });
      expect(saved.status).toBe(200);
    };
    const theirs = structuredClone(stored.draft);
    const ask = theirs.nodes.find((n) => n.id === 'ask')!;
    ask.next = { ...ask.next, noResponse: 'missed' };
    await saveDraft(theirs);

    await stepName.fill(`Ask (${locale})`);
    const dialog = page.getByRole('dialog', { name: m['editor.conflict.title'] });
    await dialog.waitFor();
    const diff = dialog.getByTestId('conflict-diff');
    await diff.waitFor();
    const lines = await diff.textContent();
    expect(lines).toContain(`Ask (${locale})`);
    expect(lines).not.toMatch(/noResponse|config\./);
    await shot('conflict');
    await expectWords('conflict');
    await dialog.getByRole('button', { name: m['editor.conflict.reload'] }).click();
    await dialog.waitFor({ state: 'detached' });
    // The next language finds the journey as the example has it.
    await saveDraft(stored.draft);
  });
});
