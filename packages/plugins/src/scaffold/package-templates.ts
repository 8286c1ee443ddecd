// Everything around the node file: package.json with the \`tandem\` field, tsconfig, vitest
// config, the index, the conformance test, the activity implementation and a README.
import { relative } from 'node:path';
import type { ScaffoldNames } from './scaffold-names';

export function packageJson(n: ScaffoldNames, activity: boolean): string {
  const json = {
    name: n.packageName,
    version: '0.1.0',
    private: true,
    type: 'module',
    description: `${n.label}: a custom Tandem node.`,
    exports: { '.': './src/index.ts' },
    tandem: {
      schema: './src/index.ts',
      behaviour: './src/index.ts',
      ...(activity ? { activities: './src/activities.ts' } : {}),
    },
    scripts: { test: 'vitest run' },
    dependencies: { '@tandem/dsl': 'workspace:*', '@tandem/nodes': 'workspace:*', zod: '^4.6.7' },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function tsconfig(dir: string, root: string): string {
  const base = relative(dir, `${root}/tsconfig.base.json`).split('\\').join('/');
  return `${JSON.stringify(
    { extends: base, compilerOptions: { types: ['node'] }, include: ['src', '*.ts'] },
    null,
    2,
  )}\n`;
}

export const vitestConfig = (n: ScaffoldNames) => `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: '${n.name}', include: ['src/**/*.test.ts'] },
});
`;

export const indexSource = (n: ScaffoldNames) =>
  `// The node package's entry: the node definitions it exports are what Tandem loads.
export { ${n.exportName} } from './${n.name}';
`;

export const activitiesSource = (
  n: ScaffoldNames,
) => `// The worker's side of the node's activity contract (only the worker imports this file).
// Replace the body with the call to your service; its input was checked by the contract.
import type { z } from 'zod';
import type { ${n.exportName}Input, ${n.exportName}Output } from './${n.name}';

export async function run${n.exportName[0]!.toUpperCase()}${n.exportName.slice(1)}(
  input: z.infer<typeof ${n.exportName}Input>,
): Promise<z.infer<typeof ${n.exportName}Output>> {
  return Promise.resolve({ ok: input.amountDue >= 0 });
}

export const activities = { '${n.type}': run${n.exportName[0]!.toUpperCase()}${n.exportName.slice(1)} };
`;

export const testSource = (
  n: ScaffoldNames,
) => `import { compileJourneyOrThrow, createCatalogue, persona, simulate } from '@tandem/dsl';
import { builtInNodes } from '@tandem/nodes';
import { describeNodeConformance } from '@tandem/nodes/testing';
import { factsFixture } from '@tandem/dsl/testing';
import { describe, expect, it } from 'vitest';
import { ${n.exportName} } from './${n.name}';

// The suite every node passes, built-in or custom.
describeNodeConformance(${n.exportName}, { configs: [{ threshold: 5 }] });

describe('${n.type} in a journey', () => {
  it('runs in the simulator', () => {
    const catalogue = createCatalogue([...builtInNodes, ${n.exportName}]);
    const journey = compileJourneyOrThrow(
      {
        dsl: 'journey/v1',
        id: 'try-${n.name}',
        name: 'Try ${n.label}',
        locales: ['en'],
        defaultLocale: 'en',
        start: 'step',
        nodes: [
          { id: 'step', type: '${n.type}', config: {}, next: { done: 'end' } },
          { id: 'end', type: 'end', config: { outcome: 'done' } },
        ],
      },
      catalogue,
    );
    const run = simulate({
      journey,
      facts: factsFixture(),
      persona: persona('silent')!,
      start: '2026-03-02T15:00:00Z',
      days: 1,
    });
    expect(run.outcome).toBe('done');
  });
});
`;

export const readme = (n: ScaffoldNames, activity: boolean) => `# ${n.packageName}

${n.label}: a custom Tandem node (\`${n.type}\`), scaffolded by \`npm run journey -- new-node ${n.name}${activity ? ' --activity' : ''}\`.

- \`src/${n.name}.ts\`: the node (config schema, ports, UI, behaviour${activity ? ', activity contract' : ''}).
- \`src/${n.name}.test.ts\`: the conformance suite every node passes, and a run in the simulator.
${activity ? "- `src/activities.ts`: the worker's implementation of the activity contract; call your service here.\n" : ''}- \`package.json\`: the \`tandem\` field names the entry points Tandem loads.

To load it, add \`'${n.packageName}'\` to \`nodes\` in the repository's \`tandem.config.ts\` and run
\`npm run dev\` (or \`npm start\`): the node appears in the editor's palette, the API validates it, and
the worker runs it. See docs/nodes.md.
`;
