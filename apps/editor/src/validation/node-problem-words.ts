import type { AnyNodeDefinition, ProblemArgs } from '@tandem/dsl';
import type { IntlShape } from 'react-intl';
import { nodeText } from '../catalogue/node-text';
import { humanLabel } from '../inspector/schema-form/json-schema';
import { dottedPath } from './problem-text';

/** A key that is data rather than a field: a language of a per-language text (`message.vi`). */
const localeKey = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/**
 * A config field as the inspector names it, in the chosen language: "Biến thể 2 › Tên" for
 * `variants[1].name`. Past the last key the node names as a field (a condition's inside, a
 * message's language) the rest stays as the journey's JSON spells it, in brackets.
 * @example fieldName(splitNode, 'vi', ['variants', 1, 'name']) // "Biến thể 2 › Tên"
 */
export function fieldName(
  definition: AnyNodeDefinition,
  locale: string,
  path: ReadonlyArray<string | number>,
): string | null {
  const text = nodeText(definition, locale);
  const translations = Object.values(definition.ui.translations ?? {});
  // A node with no translations names no fields anywhere: take every key as one.
  const isField = (key: string) =>
    translations.length === 0 || translations.some((t) => t?.fields?.[key] !== undefined);
  const parts: string[] = [];
  const prefix: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (typeof key === 'number') {
      if (parts.length === 0) return null;
      parts[parts.length - 1] += ` ${key + 1}`;
      continue;
    }
    const dotted = [...prefix, key].join('.');
    if (parts.length > 0 && (localeKey.test(key) || !isField(dotted))) {
      parts[parts.length - 1] += ` (${dottedPath(path.slice(i))})`;
      break;
    }
    prefix.push(key);
    parts.push(text.field([dotted])?.label ?? humanLabel(key));
  }
  return parts.length === 0 ? null : parts.join(' › ');
}

/**
 * A node's own check problem in the chosen language: its `ui.translations[locale].problems`
 * template for `args.kind`, else its English `ui.problems` one; undefined when it has neither.
 * @example ownProblemText(splitNode, intl, { kind: 'duplicateVariant', name: 'a' })
 */
export function ownProblemText(
  definition: AnyNodeDefinition,
  intl: IntlShape,
  args: ProblemArgs,
): string | undefined {
  const kind = args.kind;
  if (typeof kind !== 'string') return undefined;
  const translated = intl.locale === 'en' ? undefined : definition.ui.translations?.[intl.locale];
  const template = translated?.problems?.[kind] ?? definition.ui.problems?.[kind];
  if (template === undefined) return undefined;
  try {
    return String(intl.formatters.getMessageFormat(template, intl.locale).format(args));
  } catch {
    // A custom node's broken template must not hide the problem: its English message will do.
    return undefined;
  }
}
