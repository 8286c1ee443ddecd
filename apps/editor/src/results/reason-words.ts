import type { I18n } from '../i18n/use-i18n';

/**
 * The kinds of reason the API counts deferred and suppressed sends by (the runtime's step
 * results classify the contact ledger's reason text into these).
 */
export const resultReasons = ['window', 'holiday', 'cap', 'hold', 'opt-out', 'other'] as const;

/**
 * Counts by reason in the chosen language ("fuera de horario 140, límite 3"): a plain comma list,
 * since these are counts side by side, not a sentence. An unknown reason shows as the API wrote it.
 */
export function reasonCounts(
  counts: Record<string, number>,
  { t, intl, format }: Pick<I18n, 't' | 'intl' | 'format'>,
): string {
  const items = Object.entries(counts).map(([reason, n]) =>
    t('results.panel.reason', {
      reason: selectKey(reason),
      count: format.number(n),
    }),
  );
  return items.length === 0
    ? t('results.panel.noReasons')
    : intl.formatList(items, { type: 'unit', style: 'short' });
}

// ICU select keys are words ("opt-out" is "optOut"), and "other" is ICU's own fallback branch.
function selectKey(reason: string): string {
  return reason === 'other'
    ? 'otherReason'
    : reason.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
