/// <reference lib="dom" />
// The web app's first load in headless Chromium at 1400x900, cold cache, signed in: the number
// of requests, the bytes transferred and the time until the journey list is usable, served by
// the API's own server from the production build (as `npm start` serves it now), against Vite's
// dev server run in the same process (what `npm start` served before: issue 10 measured 177
// requests and 6.1 MB). Targets (issue 10): at most 20 requests and 700 kB before the list is
// usable; Monaco and the canvas load only when opened.
//
// "Usable": the journey table is rendered with its first row, and that row's link takes focus
// (so a keyboard user can open the journey). Requests and bytes count what the page fetched
// from navigation start to that moment (the sign-in itself, one POST, is made before).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchChromium,
  signInWithKey,
  startApi,
  startDevServer,
  type Browser,
} from '@tandem/editor/e2e';
import { summarize } from './lib/measure';
import { formatMs, formatRatio, printHeader, printTable, printVerdict } from './lib/report';

/**
 * Resolves with `performance.now()` when the list is usable: its first row's link exists and
 * takes focus. A string, so the bundler's helpers do not end up in the page.
 */
const usableScript = `new Promise((resolve) => {
  const check = () => {
    const link = document.querySelector('.journey-table tbody tr a');
    if (link) {
      link.focus();
      if (document.activeElement === link) return resolve(performance.now());
    }
    requestAnimationFrame(check);
  };
  check();
})`;

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const baselineRounds = Math.min(rounds, 3);

interface Load {
  requests: number;
  bytes: number;
  usableMs: number;
  urls: string[];
  /** Icon elements (`["path", {…}]` and the like) in the JS fetched: per-icon imports or the set. */
  iconNodes: number;
}

printHeader(
  'first-load',
  'the web app signed in, cold cache, Chromium at 1400x900: production build from the API server vs Vite dev server',
);

const api = await startApi();
const browser = await launchChromium();
const dev = await startDevServer(api.base);
try {
  for (const name of ['first-time-borrower', 'promise-ladder', 'tone-experiment']) {
    const document = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'examples', `${name}.journey.json`), 'utf8'),
    ) as unknown;
    const created = await fetch(`${api.base}/v1/journeys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ document }),
    });
    if (created.status !== 201) throw new Error(`creating ${name} failed: ${created.status}`);
  }

  const production: Load[] = [];
  const baseline: Load[] = [];
  // Warm the dev server's transforms once, so its rounds measure serving, not first compiling.
  await firstLoad(browser, dev.appUrl, api.adminKey);
  for (let round = 0; round < rounds; round++) {
    production.push(await firstLoad(browser, api.appUrl, api.adminKey));
    if (round < baselineRounds) baseline.push(await firstLoad(browser, dev.appUrl, api.adminKey));
  }

  const row = (name: string, loads: Load[]) => {
    const usable = summarize(loads.map((l) => l.usableMs));
    const requests = summarize(loads.map((l) => l.requests)).median;
    const bytes = summarize(loads.map((l) => l.bytes)).median;
    return { name, usable, requests, bytes };
  };
  const prod = row('production build, API server (npm start)', production);
  const base = row('baseline: Vite dev server (npm run dev; npm start before)', baseline);
  printTable(
    ['case', 'requests', 'transferred', 'usable (median)', 'usable (p95)', 'rounds'],
    [prod, base].map((r) => [
      r.name,
      String(r.requests),
      `${(r.bytes / 1024).toFixed(1)} kB`,
      formatMs(r.usable.median),
      formatMs(r.usable.p95),
      String(r.usable.samples),
    ]),
  );
  console.log(
    `ratios (production / baseline): requests ${formatRatio(prod.requests, base.requests)}, ` +
      `bytes ${formatRatio(prod.bytes, base.bytes)}, time ${formatRatio(prod.usable.median, base.usable.median)}`,
  );
  console.log('issue 10 recorded for the old npm start (dev server): 177 requests, 6.1 MB');
  const first = production[0]!;
  const lazy = first.urls.filter((u) => /CodeView|EditorScreen|monaco|worker/i.test(u));
  console.log(`loaded before usable: ${first.urls.map((u) => u.replace(api.base, '')).join(', ')}`);
  console.log(
    `Monaco or canvas code among them: ${lazy.length === 0 ? 'none' : lazy.join(', ')}; ` +
      `icon nodes in that JS: ${first.iconNodes} (baseline ${baseline[0]?.iconNodes ?? 'n/a'})`,
  );
  printVerdict('requests before usable', prod.requests, 20, String);
  printVerdict('kB transferred before usable', prod.bytes / 1024, 700, (v) => `${v.toFixed(1)} kB`);
} finally {
  await dev.stop();
  await browser.close();
  await api.stop();
}

/** One cold load of the journey list in a fresh browser context, signed in beforehand. */
async function firstLoad(browser: Browser, appUrl: string, key: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // The sign-in is not part of the load: it sets the session cookie for this host.
  await signInWithKey(page, new URL(appUrl).origin, key);
  const started: Array<{ url: string; done: Promise<{ bytes: number; body: string }> }> = [];
  let recording = true;
  page.on('request', (request) => {
    if (!recording) return;
    const measure = async () => {
      const response = await request.response();
      const sizes = await request.sizes();
      const isScript =
        /\.(js|mjs|tsx?|jsx)(\?|$)/.test(request.url()) || request.resourceType() === 'script';
      const body = isScript ? ((await response?.text()) ?? '') : '';
      return { bytes: sizes.responseBodySize + sizes.responseHeadersSize, body };
    };
    // A request still running when the context closes is not part of the load.
    started.push({ url: request.url(), done: measure().catch(() => ({ bytes: 0, body: '' })) });
  });
  await page.goto(`${appUrl}journeys`);
  const usableMs = await page.evaluate<number>(usableScript);
  recording = false;
  const before = started.slice();
  const results = await Promise.all(before.map((r) => r.done));
  await context.close();
  const iconPattern = /\["(?:path|circle|rect|line|polyline|polygon|ellipse)",\s*\{/g;
  return {
    requests: before.length,
    bytes: results.reduce((sum, r) => sum + r.bytes, 0),
    usableMs,
    urls: before.map((r) => r.url),
    iconNodes: results.reduce((sum, r) => sum + (r.body.match(iconPattern)?.length ?? 0), 0),
  };
}
