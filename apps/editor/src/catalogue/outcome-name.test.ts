// Outcomes and exits read as names a manager understands, never as the lender's camelCase ids.
import { describe, expect, it } from 'vitest';
import { exitName, journeyOutcomeName, outcomeNameOf } from './outcome-name';
import { nodeText } from './node-text';
import { catalogue } from './catalogue';

const end = (outcome: string, label?: string) => ({
  data: { nodeType: 'end', config: label === undefined ? { outcome } : { outcome, label } },
});

describe('journeyOutcomeName', () => {
  it('names a common outcome in the chosen language', () => {
    expect(journeyOutcomeName([end('noResponse')], 'noResponse', 'zh')).toBe('未回复');
    expect(journeyOutcomeName([end('noResponse')], 'noResponse', 'en')).toBe('No response');
  });

  it('prefers the end step’s own name for it', () => {
    expect(journeyOutcomeName([end('quiet', 'Went quiet')], 'quiet', 'vi')).toBe('Went quiet');
  });

  it('words an id nobody named, with or without the journey', () => {
    expect(journeyOutcomeName([end('gaveUpAfterCalls')], 'gaveUpAfterCalls', 'en')).toBe(
      'Gave up after calls',
    );
    expect(journeyOutcomeName([], 'paidInFull', 'en')).toBe('Paid in full');
    expect(outcomeNameOf('paidInFull', 'en')).toBe('Paid in full');
    expect(outcomeNameOf('noContact', 'vi')).toBe('Chưa liên lạc được');
  });
});

describe('exitName', () => {
  it('names an escalation’s outcome exits: its own name, a common one, or the id in words', () => {
    const config = {
      outcomes: ['agreed', 'noContact', 'callBackLater'],
      outcomeLabels: [{ outcome: 'agreed', label: 'Agreed a plan' }],
    };
    expect(exitName('escalate', config, 'agreed', 'vi')).toBe('Agreed a plan');
    expect(exitName('escalate', config, 'noContact', 'vi')).toBe('Chưa liên lạc được');
    expect(exitName('escalate', config, 'callBackLater', 'en')).toBe('Call back later');
    expect(exitName('escalate', config, 'timeout', 'zh')).toBe('超时');
  });

  it('names an event wait’s exits, and a branch rule’s by its label', () => {
    expect(exitName('waitForEvent', undefined, 'payment.received', 'zh')).toBe('已付款');
    const rules = { rules: [{ port: 'highRisk', when: { all: [] } }] };
    expect(exitName('branch', rules, 'highRisk', 'en')).toBe('High risk');
    expect(exitName(null, undefined, 'someExit', 'en')).toBe('Some exit');
  });

  it('is what the card shows for a port', () => {
    const escalate = catalogue.get('escalate')!;
    expect(nodeText(escalate, 'zh').port({ name: 'agreed' })).toBe('已同意');
  });
});
