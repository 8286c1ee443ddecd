import type { z } from 'zod';
import { eventNames } from '../events/events';
import { formatPath, nodeName } from './model';
import type { JsonPath } from './model';
import type { Problem, ProblemArgs } from './problem';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

export interface IssueContext {
  /** SCHEMA for the document itself, INVALID_CONFIG for a node's config. */
  code: 'SCHEMA' | 'INVALID_CONFIG';
  /** Where the parsed value sits in the document, e.g. `["nodes", 2, "config"]`. */
  base: JsonPath;
  /** The id of `nodes[index]`, when it has a readable one. */
  nodeIdAt(index: number): string | undefined;
}

/**
 * Turns zod issues into located problems whose messages say how to fix them. Unions are
 * narrowed to the alternative the input came closest to, so a condition with a bad `op` says
 * so instead of "Invalid input". Should be parsed with `reportInput: true`.
 * @example issuesToProblems(result.error.issues, { code: 'SCHEMA', base: [], nodeIdAt: () => undefined })
 */
export function issuesToProblems(issues: readonly Issue[], context: IssueContext): Problem[] {
  return flatten(issues, context.base).flatMap(({ issue, path }) =>
    toProblems(issue, path, context),
  );
}

function toProblems(issue: Issue, path: JsonPath, context: IssueContext): Problem[] {
  const located = (
    at: JsonPath,
    message: string,
    args: ProblemArgs,
    code: Problem['code'] = context.code,
  ): Problem => {
    const nodeId =
      at[0] === 'nodes' && typeof at[1] === 'number' ? context.nodeIdAt(at[1]) : undefined;
    return {
      code,
      severity: 'error' as const,
      message,
      path: at,
      ...(nodeId ? { nodeId } : {}),
      args,
    };
  };
  const where = (at: JsonPath) => describeLocation(at, context);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      located(
        [...path, key],
        `${where(path)}: unknown field "${key}"; remove it or fix its spelling.`,
        { kind: 'unknownKey', key },
      ),
    );
  }
  if (isMissing(issue) && path.length > 0) {
    const key = String(path[path.length - 1]);
    const only =
      issue.code === 'invalid_value' && issue.values.length === 1 ? issue.values[0] : undefined;
    const add = only === undefined ? 'add it' : `add "${key}": ${JSON.stringify(only)}`;
    return [
      located(path, `${where(path.slice(0, -1))}: "${key}" is missing; ${add}.`, {
        kind: 'missing',
        key,
      }),
    ];
  }
  // A name that is no event at all (not merely one this field does not take) is UNKNOWN_EVENT.
  if (
    issue.code === 'invalid_value' &&
    isEventEnum(issue.values) &&
    typeof issue.input === 'string' &&
    !eventSet.has(issue.input)
  ) {
    const allowed = issue.values.map(String);
    const hint = didYouMean(issue.input, allowed) || ' See the list of events in docs/dsl.md.';
    return [
      located(
        path,
        `${where(path)}: "${issue.input}" is not an event.${hint}`,
        { event: issue.input },
        'UNKNOWN_EVENT',
      ),
    ];
  }
  return [located(path, `${where(path)}: ${plain(issue.message)}`, issueArgs(issue))];
}

/**
 * What a zod issue says, as values: the kind of mistake and its one number or word (the type
 * expected, the limit crossed, the values allowed, the format), for messages in other languages.
 */
function issueArgs(issue: Issue): ProblemArgs {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'type', expected: String(issue.expected) };
    case 'too_small':
      return { kind: 'tooSmall', limit: Number(issue.minimum), unit: String(issue.origin) };
    case 'too_big':
      return { kind: 'tooBig', limit: Number(issue.maximum), unit: String(issue.origin) };
    case 'invalid_value':
      return { kind: 'value', values: issue.values.map((v) => JSON.stringify(v)).join(', ') };
    case 'invalid_format':
      return { kind: 'format', format: String(issue.format) };
    default:
      return { kind: 'other' };
  }
}

/** `The journey`, `policy.exitOn[0]`, `Node "hello"`, `Node "hello", config.message`. */
function describeLocation(path: JsonPath, context: IssueContext): string {
  if (path.length === 0) return 'The journey';
  const [first, index, ...rest] = path;
  if (first === 'nodes' && typeof index === 'number') {
    const name = nodeName({ index, id: context.nodeIdAt(index) });
    return rest.length === 0 ? name : `${name}, ${formatPath(rest)}`;
  }
  return formatPath(path);
}

function flatten(
  issues: readonly Issue[],
  base: JsonPath,
): Array<{ issue: Issue; path: JsonPath }> {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path.map(toKey)];
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ issue, path }];
    const best = closestBranch(issue.errors);
    if (best && progress(best) > 0) return flatten(best, path);
    return [{ issue: { ...issue, message: unionMessage(issue.errors) }, path }];
  });
}

/** The union alternative the input got furthest into; fewer issues break ties. */
function closestBranch(branches: readonly Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  for (const branch of branches) {
    if (
      !best ||
      progress(branch) > progress(best) ||
      (progress(branch) === progress(best) && branch.length < best.length)
    ) {
      best = branch;
    }
  }
  return best;
}

// A missing key is no progress: the input never went there.
function progress(branch: readonly Issue[]): number {
  return Math.max(0, ...branch.map((issue) => issue.path.length - (isMissing(issue) ? 1 : 0)));
}

function unionMessage(branches: readonly Issue[][]): string {
  const forms = new Set(
    branches.map((branch) => {
      const first = branch[0];
      if (!first) return 'invalid';
      const key = first.path[first.path.length - 1];
      if (isMissing(first) && key !== undefined) return `"${String(key)}" is missing`;
      const where = first.path.length > 0 ? `${formatPath(first.path.map(toKey))}: ` : '';
      return `${where}${plain(first.message)}`;
    }),
  );
  const list = [...forms];
  return list.length === 1
    ? (list[0] ?? 'invalid')
    : `matches none of the allowed forms (${list.slice(0, 5).join(' | ')})`;
}

// Parsed with `reportInput`, an issue lacks `input` only when there was no value there.
function isMissing(issue: Issue): boolean {
  return issue.input === undefined;
}

const eventSet = new Set<string>(eventNames);
function isEventEnum(values: readonly unknown[]): boolean {
  return values.length > 0 && values.every((v) => typeof v === 'string' && eventSet.has(v));
}

// zod's "Invalid input: expected string, received number" reads better without its preamble.
function plain(message: string): string {
  return message.replace(/^Invalid (input|option|string): /, '');
}

function toKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}
