import { describe, expect, it } from 'vitest';
import type { Experiment } from '../api/experiments-api';
import { i18nFor } from '../i18n/use-i18n';
import { verdictText } from './verdict-text';

const experiment = (
  verdict: Experiment['verdict'],
  liftInterval: { low: number; high: number } | null,
) =>
  ({
    verdict,
    paidWithinDays: 30,
    comparisons: [
      {
        control: 'warm',
        arm: 'plain',
        lift: 0.15,
        liftInterval,
        relativeLift: 0.75,
        relativeLiftInterval: null,
        pValue: 0.0001,
      },
    ],
  }) as unknown as Experiment;

describe('the verdict in the chosen language', () => {
  it('is the API’s own sentence in English', () => {
    const text = 'plain is better: it lifts the rate by 15.0 points over warm.';
    expect(
      verdictText(
        experiment({ kind: 'better', arm: 'plain', text }, { low: 0.06, high: 0.24 }),
        i18nFor('en'),
      ),
    ).toBe(text);
  });

  it('is written from the kind, arm and lift in another language', () => {
    const better = experiment(
      { kind: 'better', arm: 'plain', text: 'x' },
      { low: 0.06, high: 0.24 },
    );
    expect(verdictText(better, i18nFor('vi'))).toBe(
      'plain tốt hơn: tăng tỷ lệ thêm 15,0 điểm so với warm.',
    );
    const breached = experiment(
      { kind: 'guardrailBreached', arm: 'plain', guardrail: 'optOut', text: 'x' },
      null,
    );
    expect(verdictText(breached, i18nFor('es'))).toContain('«Tasa de baja»');
    const waiting = experiment({ kind: 'keepRunning', text: 'x' }, null);
    expect(verdictText(waiting, i18nFor('zh'))).toBe('继续运行：各分组的登记数还不够。');
  });
});
