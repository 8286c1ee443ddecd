// Where a frame's main-thread time goes, from a Chromium trace: each animation frame that handled
// a pointer move, split into scripting, style and layout, paint, other task time and idle gaps
// (the frame's span minus its tasks), as DevTools' Performance panel sums them.

/** A trace event as Chromium writes it (only the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  dur?: number;
  args?: { name?: string; data?: { type?: string } };
}

export type Category = 'scripting' | 'style & layout' | 'paint & composite' | 'other task' | 'idle';
export const categories: readonly Category[] = [
  'scripting',
  'style & layout',
  'paint & composite',
  'other task',
  'idle',
];

// The event names DevTools files under each category (timeline-model's record types).
const byName = new Map<string, Category>([
  ...[
    'EventDispatch',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'EvaluateScript',
    'v8.compile',
    'v8.execute',
    'V8.Execute',
    'MajorGC',
    'MinorGC',
    'V8.GCScavenger',
    'V8.GCFinalizeMC',
    'ResizeObserverLoopNotify',
    'IntersectionObserverController::computeIntersections',
  ].map((n) => [n, 'scripting'] as const),
  ...[
    'UpdateLayoutTree',
    'RecalculateStyles',
    'Layout',
    'UpdateLayerTree',
    'HitTest',
    'ParseHTML',
    'ParseAuthorStyleSheet',
  ].map((n) => [n, 'style & layout'] as const),
  ...[
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'Commit',
    'CompositeLayers',
    'UpdateLayer',
    'RasterTask',
    'Decode Image',
  ].map((n) => [n, 'paint & composite'] as const),
]);

export type FrameCost = Record<Category, number>;

/**
 * The animation frames on the main thread that handled a pointer move, with each one's duration
 * and its cost by category (milliseconds). Nested events count as their own category (a forced
 * layout inside a script is layout); an event of no known category counts as its parent's.
 */
export function frameCosts(events: readonly TraceEvent[]): {
  frames: number[];
  costs: FrameCost[];
} {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no renderer main thread');
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  const moves = events
    .filter(
      (e) => onMain(e) && e.name === 'EventDispatch' && /move$/.test(e.args?.data?.type ?? ''),
    )
    .map((e) => e.ts);
  const slices = events
    .filter((e) => onMain(e) && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const begun = new Map<string, number>();
  const frames: number[] = [];
  const costs: FrameCost[] = [];
  for (const e of events) {
    if (e.name !== 'AnimationFrame' || !onMain(e)) continue;
    const id = e.id ?? e.id2?.local ?? e.id2?.global ?? '';
    if (e.ph === 'b') begun.set(id, e.ts);
    const start = begun.get(id);
    if (e.ph !== 'e' || start === undefined) continue;
    begun.delete(id);
    // Only frames that handle a pointer move count: idle frames in between would flatter the median.
    if (!moves.some((t) => t >= start && t <= e.ts)) continue;
    frames.push((e.ts - start) / 1000);
    costs.push(costOf(slices, start, e.ts));
  }
  return { frames, costs };
}

function costOf(slices: readonly TraceEvent[], start: number, end: number): FrameCost {
  const cost: FrameCost = {
    scripting: 0,
    'style & layout': 0,
    'paint & composite': 0,
    'other task': 0,
    idle: 0,
  };
  const stack: Array<{ end: number; category: Category }> = [];
  let busy = 0;
  for (const e of slices) {
    if (e.ts < start || e.ts >= end) continue;
    const dur = Math.min(e.dur ?? 0, end - e.ts);
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const category = byName.get(e.name) ?? parent?.category ?? 'other task';
    // Self time: a child's time is taken from its parent's category and given to its own.
    cost[category] += dur / 1000;
    if (parent) cost[parent.category] -= dur / 1000;
    else busy += dur;
    stack.push({ end: e.ts + dur, category });
  }
  cost.idle = Math.max(0, end - start - busy) / 1000;
  return cost;
}

/** The mean of each category over the frames: unlike medians, they add up to the mean frame. */
export function meanCosts(costs: readonly FrameCost[]): FrameCost {
  const result = {} as FrameCost;
  for (const c of categories) {
    result[c] = costs.reduce((sum, cost) => sum + cost[c], 0) / Math.max(1, costs.length);
  }
  return result;
}
