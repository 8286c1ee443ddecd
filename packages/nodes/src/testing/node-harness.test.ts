import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { stepViolations } from './node-harness';

const probe = defineNode({
  type: 'acme.probe',
  version: 1,
  waits: false,
  config: z.object({}),
  ports: [{ name: 'ok' }],
  ui: { label: 'Probe', category: 'custom', icon: 'x', colour: '#000000', help: 'test' },
  behaviour: { enter: () => ({ kind: 'exit', port: 'ok' }) },
});
const now = '2026-03-02T03:00:00.000Z';

describe('stepViolations: the rules the conformance suite enforces', () => {
  it('accepts a valid exit', () => {
    expect(stepViolations(probe, {}, { kind: 'exit', port: 'ok' }, now)).toEqual([]);
  });

  it('rejects an exit by a port the node does not have', () => {
    expect(stepViolations(probe, {}, { kind: 'exit', port: 'nope' }, now)).toEqual([
      'exits by "nope", which is not one of its ports (ok)',
    ]);
  });

  it('rejects a timer from a node that declares it does not wait, and a timer in the past', () => {
    const problems = stepViolations(
      probe,
      {},
      { kind: 'stay', state: null, wakeAt: '2026-03-01T00:00:00Z' },
      now,
    );
    expect(problems).toContain('sets a timer but declares waits: false');
    expect(problems.some((p) => p.includes('is not after now'))).toBe(true);
  });

  it('rejects state that would not survive JSON (a Date, a Map)', () => {
    expect(
      stepViolations(probe, {}, { kind: 'stay', state: { when: new Date(0) } }, now),
    ).toHaveLength(1);
    expect(stepViolations(probe, {}, { kind: 'stay', state: new Map() }, now)).toHaveLength(1);
  });

  it('rejects an activity effect without a matching contract', () => {
    const step = {
      kind: 'stay' as const,
      state: null,
      effects: [{ kind: 'runActivity' as const, key: 'k', activity: 'score', input: null }],
    };
    expect(stepViolations(probe, {}, step, now)).toEqual([
      'runs activity "score" but declares no activity contract with that name',
    ]);
  });
});
