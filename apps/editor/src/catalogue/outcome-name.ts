import { humanizeId, type Catalogue } from '@tandem/dsl';
import { catalogue, parsedConfig, portsOf } from './catalogue';
import { nodeText } from './node-text';

/** What these helpers need of a journey step: its type and its (possibly unfinished) config. */
export interface StepLike {
  data: { nodeType: string; config: Record<string, unknown> };
}

/**
 * An outcome the journey ended with, as a manager reads it: the name the step that ends with it
 * gives it (an end's `label`), else its node type's name for the id in the chosen language, else
 * the id in words. Without the journey (a results page), the built-in end names it.
 * @example journeyOutcomeName(steps, 'noResponse', 'zh') // "未回复"
 */
export function journeyOutcomeName(
  steps: readonly StepLike[],
  outcome: string,
  locale: string,
  from: Catalogue = catalogue,
): string {
  for (const step of steps) {
    const definition = from.get(step.data.nodeType);
    if (!definition) continue;
    const config = parsedConfig(definition, step.data.config) as Record<string, unknown> | null;
    if (config?.outcome !== outcome) continue;
    const own = typeof config.label === 'string' ? config.label : undefined;
    return nodeText(definition, locale).outcome(outcome, own);
  }
  return outcomeNameOf(outcome, locale, from);
}

/**
 * An outcome without its journey (an agent's task, a borrower's enrollment): the built-in name of
 * a common id in the chosen language, else the id in words.
 * @example outcomeNameOf('noContact', 'en') // "Not reached"
 */
export function outcomeNameOf(outcome: string, locale: string, from: Catalogue = catalogue) {
  const end = from.get('end');
  return end ? nodeText(end, locale).outcome(outcome) : humanizeId(outcome);
}

/**
 * A step's exit by its port name, as the card names it: with the step's config, its own names
 * (a branch rule's label, an escalation outcome's name); with only its type (a results table),
 * the type's names; an unknown type's port in words.
 */
export function exitName(
  type: string | null | undefined,
  config: Record<string, unknown> | undefined,
  port: string,
  locale: string,
  from: Catalogue = catalogue,
): string {
  const definition = type ? from.get(type) : undefined;
  if (!definition) return humanizeId(port);
  const spec = (config ? portsOf(definition, config) : []).find((p) => p.name === port);
  return nodeText(definition, locale).port(spec ?? { name: port });
}
