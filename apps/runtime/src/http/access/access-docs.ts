// The docs' generated parts, from the code that decides: the roles table in docs/api.md from the
// access matrix, and the audited actions in docs/security.md from audit-actions.ts. `npm run gen`
// writes them; access-docs.test.ts fails when a committed copy is stale.
import { auditActions } from '../../audit/audit-actions';
import { accessMatrix, workRoles, type Operation } from './access-matrix';
import { allows } from './operation-lookup';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function mark(operation: Operation, role: 'admin' | (typeof workRoles)[number]): string {
  if (operation.auth === 'signIn') return 'its key';
  if (!allows(operation, role)) return '—';
  return operation.auth === 'session' ? 'own session' : '✓';
}

/** docs/api.md's roles table: one row per operation, one column per role, and why. */
export function rolesTable(matrix: readonly Operation[] = accessMatrix): string {
  const roles = [...workRoles, 'admin'] as const;
  const rows = matrix.map((op) =>
    [
      `\`${op.operationId}\``,
      `\`${op.method.toUpperCase()} ${op.path}\``,
      ...roles.map((role) => mark(op, role)),
      cell(op.why),
    ].join(' | '),
  );
  return [
    `| operation | method and path | ${roles.join(' | ')} | why |`,
    `| --- | --- | ${roles.map(() => '---').join(' | ')} | --- |`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** docs/security.md's list of audited actions. */
export function auditActionsTable(): string {
  return [
    '| action | target | recorded when; details |',
    '| --- | --- | --- |',
    ...Object.entries(auditActions).map(
      ([action, spec]) => `| \`${action}\` | ${spec.target} | ${cell(spec.description)} |`,
    ),
  ].join('\n');
}

/** The generated blocks, by name: what fills `<!-- BEGIN generated <name> -->`. */
export const generatedBlocks = {
  'roles table': rolesTable,
  'audited actions': auditActionsTable,
} as const;

/**
 * A document with each generated block it contains filled in afresh. Blocks are fenced by
 * comments, and kept from prettier, which would re-align them differently on every change.
 */
export function withGeneratedBlocks(document: string): string {
  let result = document;
  for (const [name, render] of Object.entries(generatedBlocks)) {
    const begin = `<!-- BEGIN generated ${name} (npm run gen) -->`;
    const end = `<!-- END generated ${name} -->`;
    const from = result.indexOf(begin);
    const to = result.indexOf(end);
    if (from < 0 || to < from) continue;
    const body = ['<!-- prettier-ignore-start -->', render(), '<!-- prettier-ignore-end -->'];
    result = `${result.slice(0, from)}${[begin, ...body, end].join('\n')}${result.slice(to + end.length)}`;
  }
  return result;
}
