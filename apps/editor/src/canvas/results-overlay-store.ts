import { create } from 'zustand';
import type { StepResults } from '../api/results-api';

/**
 * Results mode: a published version's per-step numbers laid over the canvas. The cards and
 * edges read it by node id; the Results panel fills it and empties it when it closes.
 */
export interface ResultsOverlayState {
  /** Null when Results mode is off. */
  version: number | null;
  steps: ReadonlyMap<string, StepResults>;
}

export const useResultsOverlay = create<ResultsOverlayState>()(() => ({
  version: null,
  steps: new Map(),
}));

export function showResultsOverlay(version: number, steps: readonly StepResults[]): void {
  useResultsOverlay.setState({ version, steps: new Map(steps.map((s) => [s.nodeId, s])) });
}

export function clearResultsOverlay(): void {
  useResultsOverlay.setState({ version: null, steps: new Map() });
}

/** An edge's stroke width in Results mode: 1.5 px, up to 9 px for the port most left by. */
export function edgeWeight(share: number | null | undefined): number {
  return 1.5 + 7.5 * (share ?? 0);
}

/**
 * The arrow of a weighted edge: SVG markers scale with the stroke, so a thick edge gets a
 * smaller marker and every arrow is drawn about 18 px wide.
 */
export function arrowFor(weight: number): { width: number; height: number } {
  const size = 18 / weight;
  return { width: size, height: size };
}
