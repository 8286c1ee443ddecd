import type { Problem } from '@tandem/dsl';
import type { InputIssue } from './input-issue';
import type { FileProblem } from './read-json';

/** One file's verdict, exactly as `journey validate --json` prints it. */
export interface FileValidation {
  file: string;
  ok: boolean;
  problems: Array<Problem | FileProblem>;
}

const plainKey = /^[A-Za-z_$][\w$-]*$/;

/**
 * A JSON path as a reader writes it; keys that are not plain names are quoted.
 * @example formatJsonPath(['nodes', 3, 'next', 'payment.received']) // 'nodes[3].next["payment.received"]'
 */
export function formatJsonPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (plainKey.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One problem on one line: severity, code, node and port, JSON path, then the message.
 * @example formatProblem(problem) // '  error    UNCONNECTED_PORT  node "hello" port "sent"  at nodes[0].next  …'
 */
export function formatProblem(problem: Problem | FileProblem): string {
  const where: string[] = [];
  if ('nodeId' in problem && problem.nodeId !== undefined) where.push(`node "${problem.nodeId}"`);
  if ('port' in problem && problem.port !== undefined) where.push(`port "${problem.port}"`);
  if (problem.path.length > 0) where.push(`at ${formatJsonPath(problem.path)}`);
  const parts = [
    problem.severity.padEnd(7),
    problem.code,
    ...(where.length ? [where.join(' ')] : []),
    problem.message,
  ];
  return `  ${parts.join('  ')}`;
}

/**
 * The human report of `journey validate`: "✓ file" or "✗ file", its problems, then a summary.
 * A file with only warnings gets a ✓.
 */
export function formatValidationReport(results: FileValidation[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.ok ? '✓' : '✗'} ${result.file}`);
    for (const problem of result.problems) lines.push(formatProblem(problem));
  }
  const all = results.flatMap((r) => r.problems);
  const errors = all.filter((p) => p.severity === 'error').length;
  const invalid = results.filter((r) => !r.ok).length;
  lines.push(
    '',
    `${plural(results.length, 'file')} checked: ${results.length - invalid} valid, ${invalid} invalid` +
      ` (${plural(errors, 'error')}, ${plural(all.length - errors, 'warning')})`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The report for a bad input file (borrower facts, event script): one line per field.
 * @example formatInputIssues('lan.json', 'borrower file', [{ path: ['borrower', 'timezone'], message: 'Required' }])
 */
export function formatInputIssues(file: string, what: string, issues: InputIssue[]): string {
  const lines = [`✗ ${file}: the ${what} is not valid`];
  for (const issue of issues) {
    const where = issue.path.length > 0 ? formatJsonPath(issue.path) : '(whole file)';
    lines.push(`  ${where}: ${issue.message}`);
  }
  return `${lines.join('\n')}\n`;
}
