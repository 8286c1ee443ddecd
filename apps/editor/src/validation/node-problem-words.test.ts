import { defineNode } from '@tandem/nodes';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogue } from '../catalogue/catalogue';
import { intlFor } from '../i18n/intl';
import { fieldName, ownProblemText } from './node-problem-words';

// The built-in nodes as the editor has them, their translations laid in.
const splitNode = catalogue.get('split')!;
const offerPlanNode = catalogue.get('offerPlan')!;
const remindNode = catalogue.get('remind')!;

// A custom node that ships its own words for its own check, in Vietnamese only.
const creditCheck = defineNode({
  type: 'acme.creditCheck',
  version: 1,
  waits: false,
  config: z.object({ minScore: z.number().default(500), maxScore: z.number().default(800) }),
  ports: [{ name: 'good' }],
  ui: {
    label: 'Credit check',
    category: 'custom',
    icon: 'gauge',
    colour: '#7c3aed',
    help: 'Asks the bureau for a score',
    problems: { scoresCrossed: 'the lowest score ({min}) is above the highest ({max})' },
    translations: {
      vi: {
        fields: { minScore: { label: 'Điểm thấp nhất' } },
        problems: { scoresCrossed: 'điểm thấp nhất ({min}) cao hơn điểm cao nhất ({max})' },
      },
    },
  },
  behaviour: { enter: () => ({ kind: 'exit', port: 'good' }) },
});

describe('a node’s own check problem', () => {
  const args = { kind: 'scoresCrossed', min: 900, max: 800 };

  it('is worded by the node’s translation, with its values', () => {
    expect(ownProblemText(creditCheck, intlFor('vi'), args)).toBe(
      'điểm thấp nhất (900) cao hơn điểm cao nhất (800)',
    );
  });

  it('falls back to the node’s English words in a language it does not ship', () => {
    expect(ownProblemText(creditCheck, intlFor('es'), args)).toBe(
      'the lowest score (900) is above the highest (800)',
    );
  });

  it('has no words for a kind the node does not name, or for no kind at all', () => {
    expect(ownProblemText(creditCheck, intlFor('vi'), { kind: 'other' })).toBeUndefined();
    expect(ownProblemText(creditCheck, intlFor('vi'), { min: 1 })).toBeUndefined();
  });

  it('words a built-in node’s check in Chinese', () => {
    expect(ownProblemText(splitNode, intlFor('zh'), { kind: 'duplicateVariant', name: 'b' })).toBe(
      '版本“b”出现了两次：请给每个版本起不同的名字',
    );
  });
});

describe('a field’s name', () => {
  it('is the inspector’s label, a list item numbered from 1', () => {
    expect(fieldName(splitNode, 'vi', ['variants', 1, 'name'])).toBe('Phương án 2 › Tên');
    expect(fieldName(offerPlanNode, 'zh', ['options', 0, 'frequency'])).toBe('方案 1 › 还款频率');
    expect(fieldName(splitNode, 'en', ['variants', 1, 'weight'])).toBe('Variants 2 › Weight');
  });

  it('keeps what is data, not a field, as the journey spells it', () => {
    expect(fieldName(remindNode, 'es', ['message', 'vi'])).toBe('Mensaje (vi)');
  });

  it('names a custom node’s field from its translation, else from its key', () => {
    expect(fieldName(creditCheck, 'vi', ['minScore'])).toBe('Điểm thấp nhất');
    expect(fieldName(creditCheck, 'en', ['maxScore'])).toBe('Max score');
  });
});
