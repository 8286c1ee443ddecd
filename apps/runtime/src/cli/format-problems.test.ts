import type { Problem } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import {
  formatInputIssues,
  formatJsonPath,
  formatProblem,
  formatValidationReport,
} from './format-problems';

const dangling: Problem = {
  code: 'DANGLING_TARGET',
  severity: 'error',
  message: 'Port "sent" leads to "nowhere".',
  nodeId: 'hello',
  port: 'sent',
  path: ['nodes', 0, 'next', 'sent'],
};
const unreachable: Problem = {
  code: 'UNREACHABLE_NODE',
  severity: 'warning',
  message: 'Node "orphan" cannot be reached.',
  nodeId: 'orphan',
  path: ['nodes', 4],
};

describe('formatJsonPath', () => {
  it('writes indexes in brackets and names with dots', () => {
    expect(formatJsonPath(['nodes', 3, 'config', 'message', 'vi'])).toBe(
      'nodes[3].config.message.vi',
    );
  });

  it('quotes keys that are not plain names', () => {
    expect(formatJsonPath(['nodes', 1, 'next', 'payment.received'])).toBe(
      'nodes[1].next["payment.received"]',
    );
    expect(formatJsonPath(['layout', 'wait-2d'])).toBe('layout.wait-2d');
  });

  it('is empty for the whole document', () => {
    expect(formatJsonPath([])).toBe('');
  });
});

describe('formatProblem', () => {
  it('puts severity, code, node, port, path and message on one line', () => {
    expect(formatProblem(dangling)).toBe(
      '  error    DANGLING_TARGET  node "hello" port "sent" at nodes[0].next.sent  Port "sent" leads to "nowhere".',
    );
  });

  it('leaves out the location parts a problem does not have', () => {
    expect(
      formatProblem({
        code: 'FILE_UNREADABLE',
        severity: 'error',
        message: 'file not found',
        path: [],
      }),
    ).toBe('  error    FILE_UNREADABLE  file not found');
  });
});

describe('formatValidationReport', () => {
  it('marks files, lists their problems and sums up', () => {
    const report = formatValidationReport([
      { file: 'good.json', ok: true, problems: [unreachable] },
      { file: 'bad.json', ok: false, problems: [dangling] },
    ]);
    expect(report.split('\n')).toEqual([
      '✓ good.json',
      formatProblem(unreachable),
      '✗ bad.json',
      formatProblem(dangling),
      '',
      '2 files checked: 1 valid, 1 invalid (1 error, 1 warning)',
      '',
    ]);
  });
});

describe('formatInputIssues', () => {
  it('lists each bad field by its path', () => {
    expect(
      formatInputIssues('lan.json', 'borrower file', [
        { path: ['borrower', 'timezone'], message: 'unknown time zone' },
        { path: [], message: 'expected an object' },
      ]),
    ).toBe(
      '✗ lan.json: the borrower file is not valid\n  borrower.timezone: unknown time zone\n  (whole file): expected an object\n',
    );
  });
});
