// @vitest-environment node
// Validation problems and simulation reasons in the manager's language, in real Chromium against
// the product as `npm start` runs it: a journey missing one language's text opens with its
// problem worded in Chinese (the problems list, the inspector's field, the publish dialog), and
// a valid journey's simulation gives its reasons in Chinese; a built-in step's own settings
// check (NODE_CONFIG) names the step, the field and what is wrong in the chosen language, and the
// audience's condition names its fact. Spanish and Vietnamese are looked at too. Screenshots at 1400×900 go to /work/shots/i18n-problems (or TANDEM_SHOTS_DIR), axe-clean.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneys, startApi, type ApiProcess } from './api-process';
import { seriousAxeFindings } from './axe';
import { launchChromium, signInWithKey } from './browser';

const shots = process.env.TANDEM_SHOTS_DIR ?? '/work/shots/i18n-problems';

let api: ApiProcess;
let browser: Browser;

type Doc = {
  id: string;
  start: string;
  nodes: Array<{
    id: string;
    config?: { message?: Record<string, string> } & Record<string, unknown>;
  }>;
};
const example = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'examples', 'promise-ladder.journey.json'),
    'utf8',
  ),
) as Doc;

/** The ladder with the "missed" reminder's Spanish text left out: one MISSING_LOCALE. */
const broken: Doc = structuredClone(example);
broken.id = 'ladder-missing-es';
delete broken.nodes.find((n) => n.id === 'missed')!.config!.message!.es;

/** The ladder with its 3-day pause made a wait until a date that is no date: one NODE_CONFIG. */
const badWait: Doc = structuredClone(example);
badWait.id = 'ladder-wait-not-a-date';
badWait.nodes.find((n) => n.id === 'pause-3d')!.config = {
  mode: 'untilDate',
  fact: 'borrower.firstName',
  offsetDays: 0,
  atLocalTime: '09:00',
};

beforeAll(async () => {
  api = await startApi();
  await createJourneys(api, [example, broken, badWait]);
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
}, 1_500_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** The words each language must show: the problem, a simulate reason, and buttons to press. */
const words = {
  zh: {
    browser: 'zh-CN',
    problem: '缺少 “es” 文本。请用旅程的每种语言填写（en, es）。',
    reason: /直到 |推迟到 /,
    simulate: '模拟',
    run: '运行模拟',
    publish: '发布',
    results: '结果',
    audience: '受众',
    cancel: '取消',
    policy: '发送时段',
    allOfThese: '满足以下全部',
    nodeConfig:
      '等待（pause-3d），日期：“borrower.firstName”不是日期：请选择到期日或某个日期属性。',
    fact: '逾期天数',
  },
  vi: {
    browser: 'vi-VN',
    problem: 'chưa có văn bản “es”. Hãy viết bằng mọi ngôn ngữ của hành trình (en, es).',
    reason: /đến |dời đến /,
    simulate: 'Mô phỏng',
    run: 'Chạy mô phỏng',
    publish: 'Xuất bản',
    results: 'Kết quả',
    audience: 'Đối tượng',
    cancel: 'Hủy',
    policy: 'Khung giờ gửi',
    allOfThese: 'Tất cả các điều kiện này',
    nodeConfig:
      'Chờ (pause-3d), Ngày: “borrower.firstName” không phải là ngày: hãy chọn ngày đến hạn hoặc một thuộc tính ngày.',
    fact: 'Số ngày quá hạn',
  },
  es: {
    browser: 'es-MX',
    problem: 'no hay texto en “es”. Escríbalo en todos los idiomas del recorrido (en, es).',
    reason: /hasta |pasa a /,
    simulate: 'Simular',
    run: 'Ejecutar la simulación',
    publish: 'Publicar',
    results: 'Resultados',
    audience: 'Audiencia',
    cancel: 'Cancelar',
    policy: 'Horario de envío',
    allOfThese: 'Todas estas',
    nodeConfig:
      'Esperar (pause-3d), Fecha: “borrower.firstName” no es una fecha: elija la fecha de vencimiento o un atributo de fecha.',
    fact: 'Días de atraso',
  },
} as const;

async function look(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(shots, `${name}.png`) });
  expect(await seriousAxeFindings(page), name).toEqual([]);
}

const englishProblem = /write it in every language|has no "es" text|leads nowhere:/;

describe('problems and reasons in the manager’s language', { timeout: 240_000 }, () => {
  it.each(['zh', 'vi', 'es'] as const)('%s', async (locale) => {
    const w = words[locale];
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: w.browser,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInWithKey(page, api.base, api.adminKey);

    // The broken journey: the problems list, the inspector's field and the publish dialog.
    await page.goto(`${api.base}/app/journeys/${broken.id}`);
    await page.locator('.react-flow__node[data-id="missed"]').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
    const list = page.getByTestId('problem-list');
    await expect.poll(() => list.textContent()).toContain(w.problem);
    expect(await list.textContent()).not.toMatch(englishProblem);
    await look(page, `${locale}-canvas-problems-1400`);

    await list.getByRole('button').first().click();
    // The missing text is the Spanish tab's: open it, where the field shows its problem.
    await page.locator('.inspector-body').getByRole('tab', { name: /^es/ }).click();
    const fieldProblem = page.locator('.inspector-body').getByText(w.problem);
    await fieldProblem.first().waitFor();
    await look(page, `${locale}-inspector-field-problem-1400`);

    await page.getByRole('button', { name: w.publish, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByTestId('publish-problems').textContent())
      .toContain(w.problem);
    await look(page, `${locale}-publish-problems-1400`);
    await dialog.getByRole('button', { name: w.cancel }).click();

    // A built-in step's own settings check: which step, which field, what is wrong.
    await page.goto(`${api.base}/app/journeys/${badWait.id}`);
    await page.locator('.react-flow__node[data-id="pause-3d"]').waitFor();
    await expect.poll(() => list.textContent()).toContain(w.nodeConfig);
    expect(await list.textContent()).not.toMatch(/is not a date fact|use account\.dueDate/);
    await list.getByRole('button').first().click();
    await page
      .locator('.inspector-body')
      .getByText(
        w.nodeConfig
          .split(/[:：]/)
          .pop()!
          .trim()
          .replace(/[.。]$/, ''),
      )
      .first()
      .waitFor();
    await look(page, `${locale}-inspector-node-config-1400`);

    // The valid journey: the simulate panel's reasons, the results panel, the audience panel.
    await page.goto(`${api.base}/app/journeys/${example.id}`);
    await page.locator(`.react-flow__node[data-id="${example.start}"]`).waitFor();
    // Nothing selected: the inspector shows the journey's settings, its contact policy worded too.
    const policy = page.locator('.inspector-body').getByText(w.policy, { exact: true });
    await policy.scrollIntoViewIfNeeded();
    expect(await page.locator('.inspector-body').textContent()).not.toMatch(
      /Send window|Max visits per node|Jurisdiction/,
    );
    await look(page, `${locale}-journey-policy-1400`);
    await page.getByRole('button', { name: w.simulate, exact: true }).click();
    await page.getByRole('button', { name: w.run }).click();
    await page.getByTestId('sim-outcome').waitFor();
    const reasons = await page.locator('.timeline-reason').allTextContents();
    expect(
      reasons.some((r) => w.reason.test(r)),
      reasons.join(' | '),
    ).toBe(true);
    expect(reasons.join(' ')).not.toMatch(/\buntil \d|→ \d{4}-|opted out of/);
    await look(page, `${locale}-simulate-reasons-1400`);

    await page.getByRole('button', { name: w.results, exact: true }).click();
    await page.waitForTimeout(500);
    await look(page, `${locale}-canvas-results-1400`);

    await page.getByRole('button', { name: w.audience, exact: true }).click();
    await page.waitForTimeout(500);
    const audience = await page.locator('main').textContent();
    expect(audience).not.toMatch(/All of these|is at least|Remove condition/);
    expect(await page.getByRole('option', { name: w.allOfThese }).count()).toBeGreaterThan(0);
    // The fact by its name, not its path.
    expect(await page.getByRole('option', { name: w.fact, exact: true }).count()).toBeGreaterThan(
      0,
    );
    expect(await page.getByRole('option', { name: 'account.daysPastDue' }).count()).toBe(0);
    await look(page, `${locale}-audience-1400`);

    await page.goto(`${api.base}/app/settings`);
    await page.locator('main h1, main h2').first().waitFor();
    await look(page, `${locale}-settings-1400`);
    await context.close();
  });
});
