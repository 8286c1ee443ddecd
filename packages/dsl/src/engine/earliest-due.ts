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
  // Plain loops: this runs several times a step, and a closure per call showed in profiles.
  let kind: Due['kind'] | undefined;
  let at = '';
  let index = 0;
  const holds = state.holds;
  for (let i = 0; i < holds.length; i++) {
    const until = holds[i]!.until;
    if (until !== null && (kind === undefined || compareInstants(until, at) < 0)) {
      kind = 'hold';
      at = until;
      index = i;
    }
  }
  const pending = state.pendingSends;
  for (let i = 0; i < pending.length; i++) {
    const when = pending[i]!.at;
    if (when !== null && (kind === undefined || compareInstants(when, at) < 0)) {
      kind = 'send';
      at = when;
      index = i;
    }
  }
  const wake = state.node?.wakeAt ?? null;
  if (wake !== null && (kind === undefined || compareInstants(wake, at) < 0)) {
    kind = 'node';
    at = wake;
    index = 0;
  }
  return kind === undefined ? null : { kind, at, index };
}
