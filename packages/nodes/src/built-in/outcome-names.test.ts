// An outcome reads as a name, never as the lender's camelCase id: the journey's own name for it,
// else the built-in name of a common id (in the chosen language), else the id in words. Journeys
// saved before outcomes had names still parse, and an escalation's exits stay its outcome ids.
import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../catalogue';
import { endNode } from './end';
import { escalateNode } from './escalate';

const end = builtInCatalogue.get('end')!;

describe('an end’s outcome on its card', () => {
  it('names a common outcome in the chosen language', () => {
    const config = endNode.config.parse({ outcome: 'noResponse' });
    expect(endNode.ui.summary!(config)).toBe('outcome: No response');
    expect(end.ui.translations?.zh?.summary?.(config)).toBe('结果：未回复');
    expect(end.ui.translations?.vi?.summary?.(config)).toBe('kết quả: Không trả lời');
  });

  it('prefers the journey’s own name, and words an unknown id', () => {
    const named = endNode.config.parse({ outcome: 'noResponse', label: 'Went quiet' });
    expect(endNode.ui.summary!(named)).toBe('outcome: Went quiet');
    expect(end.ui.translations?.zh?.summary?.(named)).toBe('结果：Went quiet');
    const unknown = endNode.config.parse({ outcome: 'gaveUpAfterCalls' });
    expect(endNode.ui.summary!(unknown)).toBe('outcome: Gave up after calls');
  });

  it('still reads a config saved without a name', () => {
    expect(endNode.config.parse({ outcome: 'paid' })).toEqual({ outcome: 'paid' });
  });
});

describe('an escalation’s outcome names', () => {
  it('label the exits, which stay the outcome ids', () => {
    const config = escalateNode.config.parse({
      outcomes: ['agreed', 'noContact'],
      outcomeLabels: [{ outcome: 'agreed', label: 'Agreed a plan' }],
    });
    expect(escalateNode.ports(config)).toEqual([
      { name: 'agreed', label: 'Agreed a plan' },
      { name: 'noContact' },
      { name: 'timeout', label: 'Timeout' },
    ]);
  });

  it('are optional: a config saved without them parses to what it did', () => {
    const config = escalateNode.config.parse({ outcomes: ['agreed'] });
    expect('outcomeLabels' in config).toBe(false);
    expect(escalateNode.ports(config).map((p) => p.name)).toEqual(['agreed', 'timeout']);
  });

  it('must name outcomes the step has', () => {
    const config = escalateNode.config.parse({
      outcomes: ['agreed'],
      outcomeLabels: [{ outcome: 'agred', label: 'Agreed' }],
    });
    expect(escalateNode.check!(config)).toMatchObject([
      {
        path: ['outcomeLabels', 0, 'outcome'],
        args: { kind: 'unknownOutcomeName', outcome: 'agred' },
      },
    ]);
  });
});
