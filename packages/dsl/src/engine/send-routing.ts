// What happens to a send between the node that asked for it and the driver's report: holds park
// it, an opt-out reroutes or suppresses it, a deferral parks a retry, and the result goes back to
// the node visit that waits for it (if it is still current).
import type { EffectResult } from '../catalogue/node-definition';
import { compareInstants } from '../time/instant-math';
import { factsView } from './facts-view';
import type { Run } from './run';
import { sendCommandOf } from './stored-send';
import type { SendReport, StoredSend } from './types';

/** Holds park a send; an opted-out channel switches to the fallback or suppresses it. */
export function routeSend(run: Run, stored: StoredSend): void {
  if (run.state.holds.length > 0) {
    run.state.pendingSends.push({ command: stored, at: null, reason: 'hold' });
    run.trace.push({
      kind: 'held',
      at: run.now,
      nodeId: stored.nodeId,
      commandId: stored.id,
      holds: run.state.holds.map((h) => h.kind),
    });
    return;
  }
  let command = stored;
  if (run.state.optedOut.includes(command.channel)) {
    const fallback = command.fallbackChannel;
    if (fallback && !run.state.optedOut.includes(fallback)) {
      command = { ...command, channel: fallback };
      delete command.fallbackChannel;
    } else {
      run.trace.push({
        kind: 'suppressed',
        at: run.now,
        nodeId: command.nodeId,
        channel: command.channel,
        reason: 'optedOut',
        code: 'optedOut',
      });
      queueSendResult(run, command, {
        status: 'suppressed',
        reason: `opted out of ${command.channel}`,
      });
      return;
    }
  }
  run.state.inFlight[command.id] = command;
  run.commands.push(sendCommandOf(command, factsView(run.state)));
}

/** A driver's report on a send it was given. */
export function reportSend(run: Run, commandId: string, report: SendReport): void {
  const stored = run.state.inFlight[commandId];
  if (!stored) return; // unknown or already reported: reports are idempotent
  delete run.state.inFlight[commandId];
  if (report.status === 'deferred') {
    if (expiredBy(run, stored, report.until)) {
      run.flushResults();
      return;
    }
    const retry: StoredSend = { ...stored, ...run.nextSeq(), attempt: stored.attempt + 1 };
    retarget(run, stored, retry);
    run.state.pendingSends.push({ command: retry, at: report.until, reason: report.reason });
    run.trace.push({
      kind: 'deferred',
      at: run.now,
      nodeId: stored.nodeId,
      commandId: retry.id,
      until: report.until,
      reason: report.reason,
      ...(report.detail ? { detail: report.detail } : {}),
    });
    return;
  }
  if (report.status === 'sent') countSent(run, stored);
  if (report.status === 'suppressed') {
    run.trace.push({
      kind: 'suppressed',
      at: run.now,
      nodeId: stored.nodeId,
      channel: stored.channel,
      reason: report.reason,
      ...(report.code ? { code: report.code } : {}),
    });
  }
  queueSendResult(run, stored, report);
  run.flushResults();
}

function countSent(run: Run, stored: StoredSend): void {
  const counters = run.state.counters;
  counters.messagesSent += 1;
  if (stored.intent === 'reminder') counters.remindersSent += 1;
  if (stored.intent === 'plan.offer') counters.plansOffered += 1;
  if (stored.intent === 'lesson') counters.lessonsSent += 1;
}

/** Moves the current node's interest from one command id to its retry. */
function retarget(run: Run, from: StoredSend, to: StoredSend): void {
  const current = run.state.node;
  if (!current || from.nodeEntry !== current.entry) return;
  const key = current.awaiting[from.id];
  if (key === undefined) return;
  delete current.awaiting[from.id];
  current.awaiting[to.id] = key;
}

function queueSendResult(
  run: Run,
  stored: StoredSend,
  report: Exclude<SendReport, { status: 'deferred' }>,
): void {
  if (stored.nodeEntry === undefined) return;
  const result: EffectResult =
    report.status === 'sent'
      ? { kind: 'send', key: stored.effectKey, status: 'sent', channel: report.channel }
      : { kind: 'send', key: stored.effectKey, status: report.status, reason: report.reason };
  run.queueResult({ entry: stored.nodeEntry, result });
}

/**
 * True (and the node told "suppressed") when a send would go out at `at`, after its notAfter:
 * a reminder that arrives after its date is worse than none.
 */
function expiredBy(run: Run, stored: StoredSend, at: string): boolean {
  if (!stored.notAfter || compareInstants(at, stored.notAfter) <= 0) return false;
  const { nodeId, id: commandId, notAfter } = stored;
  run.trace.push({ kind: 'expired', at: run.now, nodeId, commandId, notAfter });
  queueSendResult(run, stored, {
    status: 'suppressed',
    reason: `could not be sent before ${notAfter}`,
  });
  return true;
}

/** A parked send goes out again, unless the node visit that wanted it is over. */
export function resend(run: Run, stored: StoredSend): void {
  const current = run.state.node;
  if (stored.nodeEntry !== undefined && (!current || current.entry !== stored.nodeEntry)) return;
  if (expiredBy(run, stored, run.now)) return;
  routeSend(run, stored);
  run.flushResults();
}

/** After a hold ends: if none is left, parked sends go out (stale ones are dropped). */
export function releaseHeldSends(run: Run): void {
  if (run.state.holds.length > 0) return;
  const held = run.state.pendingSends.filter((p) => p.at === null);
  run.state.pendingSends = run.state.pendingSends.filter((p) => p.at !== null);
  for (const pending of held) resend(run, pending.command);
}
