import type { Experiment } from '../api/experiments-api';
import type { I18n } from '../i18n/use-i18n';
import { metricLabel } from './format';

/**
 * The verdict in the chosen language. English is the API's own sentence (the source, also read
 * by the API's other clients); another language is written here from the verdict's kind, arm
 * and the comparisons, since the API sends only its English sentence.
 */
export function verdictText(experiment: Experiment, i18n: I18n): string {
  const { verdict, comparisons } = experiment;
  if (i18n.locale === 'en') return verdict.text;
  const { t } = i18n;
  switch (verdict.kind) {
    case 'guardrailBreached':
      return t('experiments.verdictText.guardrail', {
        arm: verdict.arm,
        guardrail: verdict.guardrail
          ? metricLabel(verdict.guardrail, experiment.paidWithinDays, i18n)
          : '',
      });
    case 'better': {
      const winner = comparisons.find((c) => c.arm === verdict.arm);
      if (!winner) return t('experiments.verdictText.controlBetter', { arm: verdict.arm });
      const points = i18n.intl.formatNumber((winner.lift ?? 0) * 100, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      return t('experiments.verdictText.better', {
        arm: verdict.arm,
        points,
        control: winner.control,
      });
    }
    case 'noMeaningfulDifference':
      return t('experiments.verdictText.noDifference');
    default:
      return comparisons.some((c) => c.liftInterval === null)
        ? t('experiments.verdictText.notEnough')
        : t('experiments.verdictText.keepRunning');
  }
}
