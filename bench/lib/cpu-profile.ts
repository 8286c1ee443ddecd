// Which functions a page's main thread spends its time in, from V8's sampling profiler (the
// DevTools protocol's Profiler domain): self time per function, the heaviest first. Names are
// readable when the bundle is built without minifying (`vite build --minify false`).
import type { Page } from '@tandem/editor/e2e';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  name: string;
  where: string;
  selfMs: number;
}

/** Starts V8's sampling profiler on `page`; the returned function stops it and sums self time. */
export async function startCpuProfile(page: Page): Promise<() => Promise<FunctionCost[]>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    await session.detach();
    return selfTimes(profile);
  };
}

/** Self time per function (name and source position), milliseconds, the heaviest first. */
export function selfTimes(profile: Profile): FunctionCost[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, FunctionCost>();
  profile.samples.forEach((nodeId, i) => {
    const frame = byNode.get(nodeId);
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const where = file ? `${file}:${frame.lineNumber + 1}` : '';
    const name = frame.functionName || '(anonymous)';
    const key = `${name} ${where}`;
    const cost = totals.get(key) ?? { name, where, selfMs: 0 };
    cost.selfMs += (profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(key, cost);
  });
  return [...totals.values()].sort((a, b) => b.selfMs - a.selfMs);
}
