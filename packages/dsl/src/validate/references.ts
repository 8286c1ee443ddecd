import { conditionFacts } from '../conditions/evaluate';
import { isKnownFact } from '../facts/facts';
import type { LocalizedText } from '../journey/primitives';
import { templateVariables } from '../templates/render';
import {
  describeOverflow,
  refusedTag,
  renderedOverflow,
  type TextDestination,
} from '../templates/rendered-size';
import { formatPath, isRecord, nodeName, nodeRef } from './model';
import type { CheckedNode, JsonPath } from './model';
import { guarded } from './node-configs';
import type { Problem } from './problem';
import { factHint } from './suggest';

type Variables = ReturnType<typeof templateVariables>;

/**
 * Checks what node configs refer to (their `references()`): MISSING_LOCALE for each journey
 * locale a text lacks or leaves blank, TEMPLATE_SYNTAX for a template Liquid cannot parse,
 * and UNKNOWN_FACT for a fact a template or condition names that the journey cannot read.
 * `locales` is undefined when the journey's own list is broken: texts are then not compared.
 * @example checkReferences(nodes, ['en', 'vi'])
 */
export function checkReferences(
  nodes: readonly CheckedNode[],
  locales: readonly string[] | undefined,
): Problem[] {
  const problems: Problem[] = [];
  // Journeys repeat texts (the same footer on every reminder): parse each template once.
  const parsed = new Map<string, Variables>();
  const variablesOf = (template: string): Variables => {
    let result = parsed.get(template);
    if (!result) {
      result = templateVariables(template);
      parsed.set(template, result);
    }
    return result;
  };
  for (const node of nodes) {
    const { definition, parsedConfig } = node;
    if (!definition?.references || parsedConfig === undefined) continue;
    const references = guarded(node, definition, problems, () =>
      definition.references?.(parsedConfig),
    );
    for (const { path, text, destination } of references?.texts ?? []) {
      // An optional text left out (`subject`) is nothing to check, whatever the node passed.
      if (!isRecord(text)) continue;
      const at: JsonPath = ['nodes', node.index, 'config', ...path];
      if (locales) problems.push(...missingLocales(node, at, text, locales));
      const syntax = templateProblems(node, at, text, variablesOf);
      problems.push(...syntax);
      if (syntax.length === 0) problems.push(...renderProblems(node, at, text, destination));
    }
    for (const { path, condition } of references?.conditions ?? []) {
      for (const { fact, path: inside } of conditionFacts(condition)) {
        if (isKnownFact(fact)) continue;
        const at: JsonPath = ['nodes', node.index, 'config', ...path, ...inside];
        problems.push(unknownFact(node, at, fact));
      }
    }
  }
  return problems;
}

function missingLocales(
  node: CheckedNode,
  at: JsonPath,
  text: LocalizedText,
  locales: readonly string[],
): Problem[] {
  const where = describe(node, at);
  const all = locales.join(', ');
  return locales.flatMap((locale): Problem[] => {
    const value = Object.hasOwn(text, locale) ? text[locale] : undefined;
    if (value !== undefined && value.trim() !== '') return [];
    const message =
      value === undefined
        ? `${where} has no "${locale}" text: write it in every language of the journey (${all}).`
        : `${where} has an empty "${locale}" text: write it in every language of the journey (${all}).`;
    return [
      {
        code: 'MISSING_LOCALE',
        severity: 'error',
        message,
        ...nodeRef(node),
        path: value === undefined ? at : [...at, locale],
        args: { locale, locales: all, state: value === undefined ? 'missing' : 'empty' },
      },
    ];
  });
}

function templateProblems(
  node: CheckedNode,
  at: JsonPath,
  text: LocalizedText,
  variablesOf: (template: string) => Variables,
): Problem[] {
  const problems: Problem[] = [];
  for (const [locale, template] of Object.entries(text)) {
    // Liquid markup starts with "{{" or "{%": plain text needs no parse.
    if (typeof template !== 'string' || !template.includes('{')) continue;
    const result = variablesOf(template);
    if (result.ok && result.variables.every(isKnownFact)) continue;
    const path = [...at, locale];
    if (!result.ok) {
      const { message, line, column } = result.error;
      const place =
        line === undefined
          ? ''
          : ` at line ${line}${column === undefined ? '' : `, column ${column}`}`;
      problems.push({
        code: 'TEMPLATE_SYNTAX',
        severity: 'error',
        message: `${describe(node, path)}: the template does not parse${place} (${message}). Check its {{ … }} and {% … %} tags.`,
        ...nodeRef(node),
        path,
        args: { line: line ?? 0, column: column ?? 0 },
      });
      continue;
    }
    for (const variable of result.variables) {
      if (isKnownFact(variable)) continue;
      problems.push(unknownFact(node, path, variable));
    }
  }
  return problems;
}

/**
 * TEMPLATE_TAG for include/render/layout, TEMPLATE_TOO_LONG for a text that renders longer than
 * where it goes allows. Only for texts that parse and name known facts.
 */
function renderProblems(
  node: CheckedNode,
  at: JsonPath,
  text: LocalizedText,
  destination: TextDestination | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const [locale, template] of Object.entries(text)) {
    if (typeof template !== 'string' || !template.includes('{%')) continue;
    const path = [...at, locale];
    const tag = refusedTag(template);
    if (tag) {
      problems.push({
        code: 'TEMPLATE_TAG',
        severity: 'error',
        message: `${describe(node, path)}: {% ${tag} %} cannot be used here (a message cannot load other templates); write the text in place.`,
        ...nodeRef(node),
        path,
        args: { tag },
      });
      continue;
    }
    const tooLong = destination ? renderedOverflow(template, locale, destination) : null;
    if (tooLong) {
      const { kind, ...sizes } = tooLong;
      problems.push({
        code: 'TEMPLATE_TOO_LONG',
        severity: 'error',
        message: `${describe(node, path)}: the text ${describeOverflow(tooLong)}.`,
        ...nodeRef(node),
        path,
        args: { kind, size: 0, limit: 0, channel: '', ...sizes },
      });
    }
  }
  return problems;
}

function unknownFact(node: CheckedNode, path: JsonPath, fact: string): Problem {
  return {
    code: 'UNKNOWN_FACT',
    severity: 'error',
    message: `${describe(node, path)}: "${fact}" is not a fact.${factHint(fact)}`,
    ...nodeRef(node),
    path,
    args: { fact },
  };
}

/** `Node "hello", config.message.vi` from `["nodes", 0, "config", "message", "vi"]`. */
function describe(node: CheckedNode, path: JsonPath): string {
  return `${nodeName(node)}, ${formatPath(path.slice(2))}`;
}
