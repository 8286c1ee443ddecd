import { describe, expect, it } from 'vitest';
import { configProblems, tandemConfigSchema } from './config-schema';

const problems = (config: unknown) => {
  const parsed = tandemConfigSchema.safeParse(config);
  return parsed.success ? [] : configProblems(parsed.error);
};

describe('tandem.config.ts is checked, and every problem names its field', () => {
  it('accepts the built-ins first and more packages after', () => {
    expect(problems({ nodes: ['@tandem/nodes', '@acme/tandem-affordability'] })).toEqual([]);
  });

  it('wants the built-in nodes first, names that are package names, each once', () => {
    expect(problems({ nodes: ['@acme/x', '@tandem/nodes'] })).toEqual([
      'nodes.0: the built-in nodes come first: "@tandem/nodes"',
    ]);
    expect(problems({ nodes: ['@tandem/nodes', 'Not A Name'] })).toEqual([
      'nodes.1: a package name such as "@acme/tandem-affordability"',
    ]);
    expect(problems({ nodes: ['@tandem/nodes', '@acme/x', '@acme/x'] })).toEqual([
      'nodes.2: "@acme/x" is listed twice',
    ]);
  });

  it('refuses fields it does not know and a missing list', () => {
    expect(problems({ nodes: ['@tandem/nodes'], node: [] })[0]).toMatch(/^\(the file\): .*"node"/);
    expect(problems({})[0]).toMatch(/^nodes: /);
  });
});
