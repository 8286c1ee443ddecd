import type { NodeReferences } from '../catalogue/node-definition';
import { rulePacks, withBases, type RulePack } from '../policy/rule-packs';
import { templateVariables } from '../templates/render';
import { formatPath, isRecord, nodeName, nodeRef } from './model';
import type { CheckedNode, JsonPath } from './model';
import type { Problem } from './problem';

/** The fact that carries the debt-collector statement (see lender/lender-facts.ts). */
export const disclosureFact = 'lender.collectorDisclosure';

/**
 * The packs a journey's jurisdiction names for certain. "auto" depends on each borrower's
 * country, so nothing can be required at publish time; an unknown id is another check's concern.
 */
function namedPacks(jurisdiction: string | undefined): RulePack[] {
  if (!jurisdiction || jurisdiction === 'auto' || jurisdiction === 'none') return [];
  if (!rulePacks.some((pack) => pack.id === jurisdiction)) return [];
  return withBases(jurisdiction);
}

/** The packs that require the collector disclosure on a message sent by `channel`. */
function requiringPacks(packs: readonly RulePack[], channel: unknown): string[] {
  return packs
    .filter((pack) =>
      (pack.requiredNotices ?? []).some(
        (notice) =>
          notice.kind === 'collectorDisclosure' &&
          (notice.channels === 'any' ||
            typeof channel !== 'string' ||
            notice.channels.some((c) => c === channel)),
      ),
    )
    .map((pack) => pack.id);
}

/**
 * MISSING_DISCLOSURE for each message text (not a subject) that does not place
 * `{{ lender.collectorDisclosure }}` when the journey's rule pack requires a debt-collector
 * statement in every message (Reg F 1006.18(e)). Located at the node and the text's locale.
 * @example checkDisclosures(nodes, 'us-reg-f')
 */
export function checkDisclosures(
  nodes: readonly CheckedNode[],
  jurisdiction: string | undefined,
): Problem[] {
  const packs = namedPacks(jurisdiction);
  if (packs.length === 0) return [];
  const problems: Problem[] = [];
  for (const node of nodes) {
    const { definition, parsedConfig } = node;
    if (!definition?.references || parsedConfig === undefined) continue;
    const channel = isRecord(parsedConfig) ? parsedConfig.channel : undefined;
    const requiredBy = requiringPacks(packs, channel);
    if (requiredBy.length === 0) continue;
    let texts: NodeReferences['texts'];
    try {
      texts = definition.references(parsedConfig).texts;
    } catch {
      continue; // checkReferences reports the failure
    }
    for (const { path, text } of texts ?? []) {
      if (path[0] === 'subject' || !isRecord(text)) continue;
      for (const [locale, template] of Object.entries(text)) {
        if (typeof template !== 'string' || template.trim() === '') continue;
        const found = templateVariables(template);
        if (!found.ok || found.variables.includes(disclosureFact)) continue;
        const at: JsonPath = ['nodes', node.index, 'config', ...path, locale];
        problems.push({
          code: 'MISSING_DISCLOSURE',
          severity: 'error',
          message: `${nodeName(node)}, ${formatPath(at.slice(2))}: the ${requiredBy.join(', ')} rule pack requires every message to say it is from a debt collector. Add {{ ${disclosureFact} }} to the text.`,
          ...nodeRef(node),
          path: at,
          args: { packs: requiredBy.join(', '), fact: disclosureFact },
        });
      }
    }
  }
  return problems;
}
