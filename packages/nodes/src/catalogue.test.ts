import { describe, expect, it } from 'vitest';
import { builtInCatalogue, builtInNodes } from './catalogue';
import { describeNodeConformance } from './testing';

describe('the built-in catalogue', () => {
  it('holds the ten nodes of journey/v1', () => {
    expect(builtInCatalogue.types).toEqual([
      'wait',
      'waitForEvent',
      'remind',
      'offerPlan',
      'promiseToPay',
      'educationLesson',
      'escalate',
      'branch',
      'split',
      'end',
    ]);
  });
});

const extraConfigs: Record<string, unknown[]> = {
  wait: [{ mode: 'untilDate', fact: 'account.dueDate', offsetDays: 3, atLocalTime: '09:30' }],
  waitForEvent: [{ events: ['ptp.promised', 'payment.received'], timeout: 'PT6H' }],
  remind: [
    { channel: 'email', fallbackChannel: 'sms', subject: { en: 'A note' }, message: { en: 'Hi' } },
  ],
  promiseToPay: [{ remindBefore: null, confirmation: { en: 'Thanks' } }],
  escalate: [{ outcomes: ['agreed', 'refused'], queue: 'specialist' }],
  branch: [
    { rules: [{ port: 'late', when: { fact: 'account.daysPastDue', op: 'gte', value: 30 } }] },
  ],
  split: [
    {
      variants: [
        { name: 'warm', weight: 34 },
        { name: 'plain', weight: 33 },
        { name: 'short', weight: 33 },
      ],
    },
  ],
  end: [{ outcome: 'paid' }],
};

for (const node of builtInNodes)
  describeNodeConformance(node, { configs: extraConfigs[node.type] ?? [] });
