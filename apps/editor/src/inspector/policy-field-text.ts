import { channels, weekdays, type NodeFieldTranslation } from '@tandem/dsl';
import { useMemo } from 'react';
import type { I18n } from '../i18n/use-i18n';
import { useI18n } from '../i18n/use-i18n';
import { eventSentences } from '../simulate/timeline-words';

// 2024-01-01 was a Monday: the weekday names come from Intl in the chosen language.
const monday = Date.UTC(2024, 0, 1);

/**
 * The journey's contact-policy form in the chosen language. The policy schema lives in the pure
 * dsl with English descriptions (the CLI and the JSON schema read them); the editor words its
 * fields from the catalogue instead, the way a node's `ui.translations` word its config.
 * Paths are named without list indexes ("caps.channel").
 */
export function policyFieldText({ t, locale }: Pick<I18n, 't' | 'locale'>) {
  const weekdayName = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const texts: Record<string, NodeFieldTranslation> = {
    sendWindow: {
      label: t('inspector.policy.sendWindow'),
      help: t('inspector.policy.sendWindowHelp'),
    },
    'sendWindow.start': {
      label: t('inspector.policy.start'),
      help: t('inspector.policy.localTimeHelp'),
    },
    'sendWindow.end': {
      label: t('inspector.policy.end'),
      help: t('inspector.policy.localTimeHelp'),
    },
    'sendWindow.days': {
      label: t('inspector.policy.days'),
      options: Object.fromEntries(
        weekdays.map((day, i) => [day, weekdayName.format(monday + i * 86_400_000)]),
      ),
    },
    caps: { label: t('inspector.policy.caps') },
    'caps.channel': {
      label: t('inspector.policy.channel'),
      options: {
        any: t('inspector.policy.anyChannel'),
        ...Object.fromEntries(
          channels.map((channel) => [channel, t('simulate.channel', { channel })]),
        ),
      },
    },
    'caps.max': { label: t('inspector.policy.max') },
    'caps.per': { label: t('inspector.policy.per'), help: t('inspector.policy.perHelp') },
    exitOn: {
      label: t('inspector.policy.exitOn'),
      help: t('inspector.policy.exitOnHelp'),
      options: Object.fromEntries(
        Object.entries(eventSentences).map(([event, key]) => [event, t(key)]),
      ),
    },
    jurisdiction: {
      label: t('inspector.policy.jurisdiction'),
      help: t('inspector.policy.jurisdictionHelp'),
    },
    holidays: { label: t('inspector.policy.holidays'), help: t('inspector.policy.holidaysHelp') },
    maxVisitsPerNode: {
      label: t('inspector.policy.maxVisits'),
      help: t('inspector.policy.maxVisitsHelp'),
    },
  };
  return (path: ReadonlyArray<string | number>): NodeFieldTranslation | undefined =>
    texts[path.filter((p) => typeof p === 'string').join('.')];
}

/** `policyFieldText` for the chosen language, kept while the language stays. */
export function usePolicyFieldText() {
  const { t, locale } = useI18n();
  return useMemo(() => policyFieldText({ t, locale }), [t, locale]);
}
