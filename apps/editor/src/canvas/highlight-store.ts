import { create } from 'zustand';

/** How a node or edge stands out: on the simulated path, or in a version diff. */
export type Mark = 'path' | 'focus' | 'added' | 'changed' | 'removed';

export interface HighlightState {
  nodes: ReadonlyMap<string, Mark>;
  edges: ReadonlyMap<string, Mark>;
  /** What the marks mean, shown as a legend ("Simulated path", "Changes since v2"). */
  caption: string | null;
}

export const useHighlight = create<HighlightState>()(() => ({
  nodes: new Map(),
  edges: new Map(),
  caption: null,
}));

export function setHighlight(highlight: HighlightState): void {
  useHighlight.setState(highlight);
}

export function clearHighlight(): void {
  useHighlight.setState({ nodes: new Map(), edges: new Map(), caption: null });
}
