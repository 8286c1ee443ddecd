// Publish-time checks of what a template can render to. Rendering happens once here, over facts
// with long but realistic values; the engine's memoryLimit (liquid-engine.ts) makes any loop
// that would allocate without bound fail the same way every time, so the check is deterministic.
import type { FactsView } from '../facts/facts';
import { emptyCounters } from '../facts/facts';
import type { Channel } from '../journey/primitives';
import { channelTextLimits, subjectCharacterLimit } from './channel-limits';
import { renderTemplate } from './render';
import { smsSegments } from './sms';

/** Where a text goes: the channels a message may be sent on, or an email subject. */
export type TextDestination = { channels: readonly Channel[] } | { subject: true };

const sampleFacts = (locale: string): FactsView => ({
  borrower: {
    id: 'borrower-sample',
    firstName: 'Maximiliana',
    lastName: 'Hernández-Villalobos',
    locale,
    timezone: 'America/Mexico_City',
    country: 'MX',
    attributes: {},
  },
  account: {
    id: 'account-sample',
    amountDue: 123_456.78,
    currency: 'USD',
    dueDate: '2026-12-31',
    daysPastDue: 120,
    minimumPayment: 12_345.67,
    product: 'personal-loan',
    timeBarred: false,
    attributes: {},
  },
  journey: { ...emptyCounters(), lastEvent: null, daysInJourney: 30 },
  links: {
    portal: 'https://portal.example.com/p/0123456789abcdef0123456789abcdef',
    pay: 'https://portal.example.com/p/0123456789abcdef0123456789abcdef/pay',
    promise: 'https://portal.example.com/p/0123456789abcdef0123456789abcdef/promise',
    plan: 'https://portal.example.com/p/0123456789abcdef0123456789abcdef/plan',
    lesson: 'https://portal.example.com/p/0123456789abcdef0123456789abcdef/lesson',
  },
});

/** How a rendered text overflows where it goes (sizes in SMS segments or characters). */
export type RenderedOverflow =
  | { kind: 'loops' }
  | { kind: 'subject'; size: number; limit: number }
  | { kind: 'segments'; size: number; limit: number }
  | { kind: 'characters'; size: number; limit: number; channel: Channel };

/**
 * How a template's rendered text is too long for where it goes, or null when it fits.
 * @example renderedOverflow('{% for i in (1..999) %}xx{% endfor %}', 'en', { channels: ['sms'] })
 * // { kind: 'segments', size: 13, limit: 10 }
 */
export function renderedOverflow(
  template: string,
  locale: string,
  destination: TextDestination,
): RenderedOverflow | null {
  const rendered = renderTemplate({ template, locale, facts: sampleFacts(locale) });
  if (!rendered.ok) {
    // other render errors are reported by the syntax checks
    return /memory|limit/i.test(rendered.error.message) ? { kind: 'loops' } : null;
  }
  const { text } = rendered;
  if ('subject' in destination) {
    return text.length > subjectCharacterLimit
      ? { kind: 'subject', size: text.length, limit: subjectCharacterLimit }
      : null;
  }
  for (const channel of destination.channels) {
    const limit = channelTextLimits[channel];
    if ('segments' in limit) {
      const { segments } = smsSegments(text);
      if (segments > limit.segments) {
        return { kind: 'segments', size: segments, limit: limit.segments };
      }
    } else if (text.length > limit.characters) {
      return { kind: 'characters', size: text.length, limit: limit.characters, channel };
    }
  }
  return null;
}

/**
 * Why a template's rendered text is too long for where it goes, in English, or null when it fits.
 * @example renderedSizeProblem('{% for i in (1..999) %}xx{% endfor %}', 'en', { channels: ['sms'] })
 * // "renders to 13 SMS segments; the limit is 10"
 */
export function renderedSizeProblem(
  template: string,
  locale: string,
  destination: TextDestination,
): string | null {
  const overflow = renderedOverflow(template, locale, destination);
  return overflow ? describeOverflow(overflow) : null;
}

/** The English words for an overflow ("renders to 13 SMS segments; the limit is 10"). */
export function describeOverflow(overflow: RenderedOverflow): string {
  switch (overflow.kind) {
    case 'loops':
      return 'its loops render more than a message can hold; loop over fewer items';
    case 'subject':
      return `renders to ${overflow.size} characters; a subject may have ${overflow.limit}`;
    case 'segments':
      return `renders to ${overflow.size} SMS segments; the limit is ${overflow.limit}`;
    case 'characters':
      return `renders to ${overflow.size} characters; ${overflow.channel} allows ${overflow.limit}`;
  }
}

const refusedTags = new Set(['include', 'render', 'layout']);

/**
 * The first Liquid tag in a template that can never render here (`include`, `render`,
 * `layout`: there are no other templates to load), or null.
 * @example refusedTag('{% include "footer" %}') // 'include'
 */
export function refusedTag(template: string): string | null {
  // Tag names after "{%" (with optional "-"), and the lines of a {% liquid %} block.
  const tag = /\{%-?\s*(\w+)|^\s*(\w+)/gm;
  const inLiquid = /\{%-?\s*liquid\b([\s\S]*?)-?%\}/g;
  for (const match of template.matchAll(/\{%-?\s*(\w+)/g)) {
    if (match[1] && refusedTags.has(match[1])) return match[1];
  }
  for (const block of template.matchAll(inLiquid)) {
    for (const line of (block[1] ?? '').matchAll(tag)) {
      const name = line[2] ?? line[1];
      if (name && refusedTags.has(name)) return name;
    }
  }
  return null;
}
