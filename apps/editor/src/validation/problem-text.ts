import { problemCodes, type Problem, type ProblemArgs, type ProblemCode } from '@tandem/dsl';
import type { MessageKey } from '../i18n/message-keys';
import type { I18n, MessageValues } from '../i18n/use-i18n';

/** The catalogue message for each built-in problem code (messages/<locale>/validation.json). */
export const problemTemplates: Readonly<Record<ProblemCode, MessageKey>> = Object.fromEntries(
  problemCodes.map((code) => [code, `validation.problem.${code}` as MessageKey]),
) as Record<ProblemCode, MessageKey>;

/** How a problem's step and field are named on screen, in the chosen language. */
export interface ProblemNames {
  /** The step's name as the canvas shows it (its label, else its type's label, else its id). */
  node: (id: string) => string;
  /** A field of a step by its path inside the config, or null when it has no name of its own. */
  field?: (nodeId: string, path: ReadonlyArray<string | number>) => string | null;
  /**
   * A step's own check problem (NODE_CONFIG with a `kind`) in the chosen language, from its node
   * definition's `ui.problems`; undefined when the node type has no words for that kind.
   */
  own?: (nodeId: string, args: ProblemArgs) => string | undefined;
}

/** `message.vi`, `rules[0].when`: a path as the journey's JSON spells it. */
export function dottedPath(path: ReadonlyArray<string | number>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

/**
 * A validation problem in the chosen language, worded from its code and `args`. A step's own
 * check (NODE_CONFIG) is worded by its node definition (`names.own`). A code without a template
 * (a custom node's own code), a problem without args, or a node check its node type has no words
 * for reads as the dsl's English message: it is the only text there is.
 * @example problemText(problem, i18n, { node: (id) => labelOf(id) })
 * // "Nhắc nhở, message.vi: chưa có văn bản “vi”. Hãy viết…"
 */
export function problemText(problem: Problem, { t }: Pick<I18n, 't'>, names: ProblemNames): string {
  const key = (problemTemplates as Partial<Record<string, MessageKey>>)[problem.code];
  if (!key || !problem.args) return problem.message;
  const nodeId = problem.nodeId ?? problem.nodeIds?.[0];
  const node = nodeId === undefined ? '' : names.node(nodeId);
  const inNode = problem.path[0] === 'nodes' && typeof problem.path[1] === 'number';
  // Inside a step: its config path without "config" (`message.vi`); else the journey's path.
  const rest = inNode ? problem.path.slice(problem.path[2] === 'config' ? 3 : 2) : problem.path;
  const field =
    (nodeId !== undefined && inNode ? names.field?.(nodeId, rest) : null) ?? dottedPath(rest);
  const where =
    nodeId === undefined
      ? t('validation.where.journey', { field })
      : rest.length === 0
        ? t('validation.where.step', { node })
        : t('validation.where.node', { node, field });
  let own: MessageValues = {};
  if (problem.code === 'NODE_CONFIG' && problem.args.failed === undefined) {
    const message = nodeId === undefined ? undefined : names.own?.(nodeId, problem.args);
    if (message === undefined) return problem.message;
    own = { message, failed: 'no' };
  }
  const values: MessageValues = { node, field, where, ...problem.args, ...own };
  return t(key, values);
}
