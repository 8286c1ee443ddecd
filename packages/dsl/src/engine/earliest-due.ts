// Which scheduled thing in an enrollment comes first: a hold's end, a parked send, the node's timer.
import { compareInstants } from '../time/instant-math';
import type { EnrollmentState } from './types';

export interface Due {
  kind: 'hold' | 'send' | 'node';
  at: string;
  /** Index in `state.holds` or `state.pendingSends`; 0 for the node. */
  index: number;
}

/** The earliest due item, or null when nothing is scheduled. Ties go to holds, then sends. */
export function earliestDue(state: EnrollmentState): Due | null {
  let best: Due | null = null;
  const consider = (kind: Due['kind'], at: string | null, index: number) => {
    if (at !== null && (!best || compareInstants(at, best.at) < 0)) best = { kind, at, index };
  };
  state.holds.forEach((h, i) => consider('hold', h.until, i));
  state.pendingSends.forEach((p, i) => consider('send', p.at, i));
  consider('node', state.node?.wakeAt ?? null, 0);
  return best;
}
