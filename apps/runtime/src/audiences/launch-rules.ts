// A launch's entry rules are the branch node's condition language, limited to what is known
// about an account before any journey runs: borrower.* and account.* facts.
import { conditionFacts, conditionSchema, describeFact, type Condition } from '@tandem/dsl';

export interface RuleProblem {
  /** Dotted path from the request body, e.g. "rules.all.1.fact". */
  path: string;
  message: string;
}

const audienceRoots = ['borrower.', 'account.'];

/**
 * Parses and checks entry rules; returns the condition or every problem, each with its path.
 * @example launchRules({ fact: 'account.daysPastDue', op: 'gte', value: 1 }) // { ok: true, rules }
 */
export function launchRules(
  input: unknown,
  root = 'rules',
): { ok: true; rules: Condition } | { ok: false; problems: RuleProblem[] } {
  const parsed = conditionSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: [root, ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    return { ok: false, problems };
  }
  const problems: RuleProblem[] = [];
  for (const { fact, path } of conditionFacts(parsed.data)) {
    const at = [root, ...path.map(String)].join('.');
    if (!audienceRoots.some((prefix) => fact.startsWith(prefix))) {
      const message = `"${fact}" is not known before a journey starts: use borrower.* or account.* facts`;
      problems.push({ path: at, message });
    } else if (!describeFact(fact)) {
      problems.push({ path: at, message: `"${fact}" is not a fact` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules: parsed.data };
}
