import { describe, expect, it } from 'vitest';
import { fakeCatalogue, journeyWith } from './test-fixtures';
import type { FixtureNode } from './test-fixtures';
import { validateJourney } from './validate-journey';

const end: FixtureNode = { id: 'end', type: 'end' };
const send = (message: Record<string, string>, subject?: Record<string, string>): FixtureNode => ({
  id: 'hello',
  type: 'send',
  config: { channel: 'sms', message, ...(subject ? { subject } : {}) },
  next: { sent: 'end' },
});
const under = (jurisdiction: string, node: FixtureNode) =>
  validateJourney(journeyWith([node, end], { policy: { jurisdiction } }), fakeCatalogue);

const placed = '{{ lender.collectorDisclosure }}';

describe('required disclosures', () => {
  it('refuses a Reg F message without the debt-collector statement, located at its language', () => {
    const result = under('us-reg-f', send({ en: `Hi. ${placed}`, vi: 'Chào bạn' }));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        code: 'MISSING_DISCLOSURE',
        severity: 'error',
        message:
          'Node "hello", config.message.vi: the us-reg-f rule pack requires every message to say it is from a debt collector. Add {{ lender.collectorDisclosure }} to the text.',
        nodeId: 'hello',
        path: ['nodes', 0, 'config', 'message', 'vi'],
        args: { packs: 'us-reg-f', fact: 'lender.collectorDisclosure' },
      },
    ]);
  });

  it("applies an overlay's base pack (us-ma brings us-reg-f)", () => {
    const codes = under('us-ma', send({ en: 'Hi', vi: 'Chào' })).problems.map((p) => p.code);
    expect(codes).toEqual(['MISSING_DISCLOSURE', 'MISSING_DISCLOSURE']);
  });

  it('accepts the statement in every language, and does not ask for it in a subject', () => {
    const result = under(
      'us-reg-f',
      send({ en: `Hi ${placed}`, vi: `Chào ${placed}` }, { en: 'Hi', vi: 'Chào' }),
    );
    expect(result.problems).toEqual([]);
  });

  it('asks nothing of packs without the duty, of "none", or of "auto" (known per borrower only)', () => {
    for (const jurisdiction of ['vn', 'none', 'auto'])
      expect(under(jurisdiction, send({ en: 'Hi', vi: 'Chào' })).problems).toEqual([]);
  });
});
