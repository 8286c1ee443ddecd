// The pieces node summaries are built from, per language, so each language's summaries read as
// sentences of that language rather than English with words swapped.
import {
  factLabel,
  humanizeDuration,
  smsSegments,
  type Channel,
  type NodeDefinition,
  type NodeUiTranslation,
} from '@tandem/dsl';
import type { MessageConfig } from '../../shared/message-fields';

export interface SummaryWords {
  locale: string;
  channels: Record<Channel, string>;
  noText: string;
  segments: (count: number) => string;
  fallback: (channel: string) => string;
}

/** A node's translations, keyed by node type; summaries take that node's config. */
export type NodeTranslations = Record<string, NodeUiTranslation>;

export const duration = (words: SummaryWords, iso: string) => humanizeDuration(iso, words.locale);

/** A fact by its name, not its path, as a summary says it mid-sentence ("ngày đến hạn"). */
export const factName = (words: SummaryWords, path: string) =>
  midSentence(factLabel(path, words.locale));

/** "Due date" → "due date"; a name that is not capitalized only at its start stays as it is. */
export function midSentence(name: string): string {
  return /^\p{Lu}\P{Lu}*$/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export const list = (
  words: SummaryWords,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
) => new Intl.ListFormat(words.locale, { type, style: 'short' }).format(items);

/** "SMS · en, vi · 1 segment", in the words of one language. */
export function messageSummaryIn(words: SummaryWords, config: MessageConfig): string {
  const locales = Object.keys(config.message);
  const parts = [words.channels[config.channel], locales.join(', ') || words.noText];
  if (config.channel === 'sms') {
    const longest = Math.max(
      0,
      ...Object.values(config.message).map((t) => smsSegments(t).segments),
    );
    parts.push(words.segments(longest));
  }
  if (config.fallbackChannel) parts.push(words.fallback(words.channels[config.fallbackChannel]));
  return parts.join(' · ');
}

/** One node's translation, its summary checked against that node's config. */
export const forNode = <C, S>(
  _node: NodeDefinition<C, S>,
  translation: NodeUiTranslation<C>,
): NodeUiTranslation => translation;
