/// <reference lib="dom" />
// The editor with a 500-node journey in Chromium (playwright-core, /usr/bin/chromium): how long
// until the canvas shows it, how long until the cards are drawn after zooming out to 0.1 (the
// whole journey, as far as the editor zooms; "zoom to fit" stops at a readable zoom), and the
// main-thread time of each frame while a node is dragged (at the opening view, and zoomed out). Targets (issue 5): initial render under 1.5 s, median drag frame under 16 ms.
import {
  launchChromium,
  signInWithKey,
  startApi,
  type Browser,
  type Page,
} from '@tandem/editor/e2e';
import { generateJourney } from './lib/generate-journey';
import {
  categories,
  frameCosts,
  meanCosts,
  type FrameCost,
  type TraceEvent,
} from './lib/frame-costs';
import { startCpuProfile, type FunctionCost } from './lib/cpu-profile';
import { summarize, type Stats } from './lib/measure';
import { formatMs, printHeader, printTable, printVerdict, statsHead, statsRow } from './lib/report';

/** The header box of the journey card closest to the canvas centre (far out, the card's box). */
const nearestCardScript = `(() => {
  const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  let best = null;
  let bestDistance = Infinity;
  for (const header of document.querySelectorAll(
    '.react-flow__node .journey-node-header, .react-flow__node .journey-node-far',
  )) {
    const r = header.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
    if (d < bestDistance) {
      bestDistance = d;
      best = { x: r.left, y: r.top, width: r.width, height: r.height };
    }
  }
  return best;
})()`;

const nodeCount = 500;
const loads = Number(process.env.BENCH_ROUNDS ?? 5);
const dragSteps = 60;
/** BENCH_PROFILE=1: also where a load's and a zoomed-out drag's script time goes, by function. */
const profile = process.env.BENCH_PROFILE === '1';

printHeader(
  'editor-canvas',
  `the editor (production build, served by the API server) with a ${nodeCount}-node journey in headless Chromium at 1280x800`,
);

const api = await startApi();
const browser = await launchChromium();
try {
  const journey = { ...generateJourney(nodeCount), id: 'bench-500' };
  const created = await fetch(`${api.base}/v1/journeys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ document: journey }),
  });
  if (created.status !== 201) throw new Error(`creating the journey failed: ${created.status}`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signInWithKey(page, api.base, api.adminKey);
  const journeyUrl = `${api.appUrl}journeys/bench-500`;

  const initial: number[] = [];
  for (let round = 0; round <= loads; round++) {
    await page.goto('about:blank');
    await page.goto(journeyUrl);
    const ready = await canvasReady(page);
    // Round 0 is the cold load (empty HTTP cache); it is reported apart, not in the median.
    if (round === 0) console.log(`cold load (first visit): ${formatMs(ready)}`);
    else initial.push(ready);
  }
  console.log('\nwhere the last warm load went (ms from navigation start)');
  printTable(['moment', 'at (ms)'], await loadTimeline(page));
  if (profile) {
    await page.goto('about:blank');
    const stop = await startCpuProfile(page);
    await page.goto(journeyUrl);
    await canvasReady(page);
    printProfile('a warm load, navigation → canvas ready', await stop());
  }
  const zoomedIn = await dragFrames(browser, page);

  const fitAll: number[] = [];
  let allDrawn = 0;
  for (let round = 0; round < 3; round++) {
    await page.goto('about:blank');
    await page.goto(journeyUrl);
    await canvasReady(page);
    const result = await zoomToFitAll(page);
    fitAll.push(result.ms);
    allDrawn = result.drawn;
  }
  // BENCH_SCREENSHOT=<file.png>: the zoomed-out canvas as the drags below see it, to look at.
  if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT });
  const allOnScreen = await dragFrames(browser, page);
  const panAll = await dragFrames(browser, page, 'pane');
  if (profile) {
    const stop = await startCpuProfile(page);
    await dragFrames(browser, page);
    printProfile(`a drag, zoomed out (${allDrawn} on screen)`, await stop());
  }

  const rows: Array<[string, Stats]> = [
    ['initial render (navigation → canvas ready)', summarize(initial)],
    [`zoom out to 0.1 with the wheel: ${allDrawn} cards drawn`, summarize(fitAll)],
    ['drag frame, zoomed in (opening view)', summarize(zoomedIn.frames)],
    [`drag frame, zoomed out (${allDrawn} on screen)`, summarize(allOnScreen.frames)],
    [`baseline: pan frame, zoomed out (${allDrawn} on screen)`, summarize(panAll.frames)],
  ];
  printTable(
    statsHead,
    rows.map(([name, stats]) => statsRow(name, stats)),
  );
  // Where a frame's time goes (the trace's main-thread events, self time by category, mean per
  // frame so that the parts add up): the editor's own work is the scripting of a drag frame
  // above the pan frame's.
  const costRows: Array<[string, FrameCost]> = [
    ['drag frame, opening view', meanCosts(zoomedIn.costs)],
    [`drag frame, zoomed out (${allDrawn} on screen)`, meanCosts(allOnScreen.costs)],
    [`baseline: pan frame, zoomed out (${allDrawn} on screen)`, meanCosts(panAll.costs)],
  ];
  console.log('\nmean cost per frame by category (ms)');
  printTable(
    ['case', ...categories, 'frame (mean)'],
    costRows.map(([name, cost]) => [
      name,
      ...categories.map((c) => cost[c].toFixed(2)),
      categories.reduce((sum, c) => sum + cost[c], 0).toFixed(2),
    ]),
  );
  const initialMedian = summarize(initial).median;
  printVerdict('initial render, median', initialMedian, 1500, formatMs);
  printVerdict('drag frame, median (zoomed in)', summarize(zoomedIn.frames).median, 16, formatMs);
  printVerdict(
    'drag frame, median (all 500 on screen)',
    summarize(allOnScreen.frames).median,
    16,
    formatMs,
  );
} finally {
  await browser.close();
  await api.stop();
}

/** The heaviest functions by self time: what the profile says the main thread was doing. */
function printProfile(what: string, costs: FunctionCost[]) {
  const total = costs.reduce((sum, c) => sum + c.selfMs, 0);
  console.log(`\nCPU profile of ${what}: ${formatMs(total)} sampled, heaviest by self time`);
  printTable(
    ['function', 'where', 'self (ms)', 'share'],
    costs
      .slice(0, 25)
      .map((c) => [
        c.name,
        c.where,
        c.selfMs.toFixed(1),
        `${((100 * c.selfMs) / Math.max(total, 1e-9)).toFixed(1)} %`,
      ]),
  );
}

/**
 * The moments of the page's last load, from the browser's own timings: the HTML, the largest
 * scripts and style sheets, the journey's fetch, DOMContentLoaded, load and the canvas-ready mark.
 */
async function loadTimeline(page: Page): Promise<string[][]> {
  const moments = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const shown = resources
      .filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname) || r.name.includes('/v1/'))
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 8)
      .map((r) => ({
        what: `${new URL(r.name).pathname} (${r.initiatorType}, ${Math.round(r.transferSize / 1024)} KiB sent)`,
        start: r.startTime,
        end: r.responseEnd,
      }));
    const ready = performance.getEntriesByName('tandem:canvas-ready')[0]?.startTime ?? NaN;
    return [
      { what: 'HTML received', start: 0, end: nav?.responseEnd ?? NaN },
      ...shown,
      { what: 'DOMContentLoaded', start: NaN, end: nav?.domContentLoadedEventEnd ?? NaN },
      { what: 'load event', start: NaN, end: nav?.loadEventEnd ?? NaN },
      { what: 'canvas ready (tandem:canvas-ready)', start: NaN, end: ready },
    ];
  });
  return moments
    .sort((a, b) => a.end - b.end)
    .map((m) => [
      m.what,
      Number.isNaN(m.start) ? m.end.toFixed(0) : `${m.start.toFixed(0)} → ${m.end.toFixed(0)}`,
    ]);
}

/** Milliseconds from navigation start to the editor's "canvas ready" performance mark. */
async function canvasReady(page: Page): Promise<number> {
  await page.waitForFunction(
    () => performance.getEntriesByName('tandem:canvas-ready').length > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(
    () => performance.getEntriesByName('tandem:canvas-ready')[0]?.startTime ?? NaN,
  );
}

/**
 * Zooms out to the whole journey as a user does now that "zoom to fit" stops at a readable zoom
 * (canvas/readable-viewport.ts): the wheel over the top of the canvas, down to the editor's
 * smallest zoom (0.1, where the old fit clamped too), timed until the cards on screen are drawn
 * and a frame has painted.
 */
async function zoomToFitAll(page: Page): Promise<{ ms: number; drawn: number }> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + 40);
  const started = await page.evaluate(() => performance.now());
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 1000);
  await page.waitForFunction(
    () => {
      const viewport = document.querySelector('.react-flow__viewport');
      return (
        viewport !== null && new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a <= 0.1001
      );
    },
    null,
    { timeout: 60_000, polling: 'raf' },
  );
  return page.evaluate(
    (start) =>
      new Promise<{ ms: number; drawn: number }>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() =>
            resolve({
              ms: performance.now() - start,
              drawn: document.querySelectorAll('.react-flow__node').length,
            }),
          ),
        ),
      ),
    started,
  );
}

/**
 * Drags a card (or pans the canvas) in small steps while Chromium traces, and returns the
 * duration of every animation frame on the page's main thread during the drag: Chromium's own
 * "AnimationFrame" spans (as the Long Animation Frames API measures them), from the first task
 * of a frame (the pointer move, React Flow, React's store update) to the end of its rendering.
 */
async function dragFrames(
  browser: Browser,
  page: Page,
  what: 'card' | 'pane' = 'card',
): Promise<{ frames: number[]; costs: FrameCost[] }> {
  // The card nearest the middle of the canvas, so the drag never reaches the edge and pans.
  const box =
    what === 'card'
      ? await page.evaluate<{ x: number; y: number; width: number; height: number } | null>(
          nearestCardScript,
        )
      : { x: 240, y: 60, width: 20, height: 20 };
  if (!box) throw new Error('no card on screen to drag');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
  });
  await page.mouse.down();
  for (let step = 1; step <= dragSteps; step++) {
    await page.mouse.move(x + Math.sin(step / 8) * 60, y + Math.sin(step / 5) * 30);
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  return frameCosts(trace.traceEvents);
}
