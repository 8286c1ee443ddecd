import { describe, expect, it } from 'vitest';
import type { FactsView } from '../facts/facts';
import { sendCommandOf } from './stored-send';
import type { StoredSend } from './types';

const stored: StoredSend = {
  kind: 'send',
  seq: 3,
  id: 'c3',
  idempotencyKey: 'enr_1:3',
  nodeId: 'remind',
  nodeType: 'remind',
  effectKey: 'reminder',
  intent: 'reminder',
  initiatedBy: 'collector',
  channel: 'sms',
  fallbackChannel: 'email',
  locale: 'en',
  template: 'Hi {{ borrower.firstName }}',
  attempt: 1,
  nodeEntry: 2,
};

describe('sendCommandOf', () => {
  it('gives the stored send without its node visit, with the facts last, keys in the same order', () => {
    const facts = { journey: { remindersSent: 1 } } as unknown as FactsView;
    const command = sendCommandOf(stored, facts);
    const { nodeEntry: _visit, ...expected } = stored;
    expect(command).toStrictEqual({ ...expected, facts });
    expect(Object.keys(command)).toEqual([...Object.keys(expected), 'facts']);
    expect(command.facts).toBe(facts);
    expect(stored.nodeEntry).toBe(2);
  });
});
