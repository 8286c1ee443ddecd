import type { z } from 'zod';

/** A field of an input file (borrower, event script) that is wrong, with its path in the file. */
export interface InputIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * Zod issues as input issues (symbol keys, which JSON cannot hold, become strings).
 * @example fromZodIssues(schema.safeParse(value).error?.issues ?? [])
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
}
