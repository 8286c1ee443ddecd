import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNodeModules } from './generate-node-modules';
import { defaultConfigFile } from './generated-paths';

const dir = mkdtempSync(join(tmpdir(), 'tandem-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = (text: string) => {
  const file = join(dir, `tandem-${Math.random().toString(36).slice(2)}.config.ts`);
  writeFileSync(file, text);
  return file;
};

describe('the generated node modules', () => {
  it('for the repository config: built-ins, then the example package, current with the committed files', async () => {
    const { files } = await generateNodeModules(defaultConfigFile);
    expect(files['nodes.schema.generated.ts']).toMatch(
      /nodePackage\('@tandem\/nodes', '0\.1\.0', schema0\),\n {2}nodePackage\('@acme\/tandem-affordability', '0\.1\.0', schema1\)/,
    );
    // The workflow bundle gets each package's behaviour entry, never its schema entry.
    expect(files['nodes.behaviour.generated.ts']).toContain(
      "from '../../../examples/custom-node/src/behaviour'",
    );
    expect(files['nodes.behaviour.generated.ts']).toContain("from '../../nodes/src/behaviour'");
    for (const [name, text] of Object.entries(files))
      expect(
        readFileSync(join(import.meta.dirname, '..', '..', 'generated', name), 'utf8'),
        name,
      ).toBe(text);
  });

  it('reports a package it cannot find by its place in the list', async () => {
    const file = config("export default { nodes: ['@tandem/nodes', '@acme/nowhere'] };\n");
    await expect(generateNodeModules(file)).rejects.toThrow(
      /nodes\.1: no package "@acme\/nowhere" in the workspace or in node_modules/,
    );
  });

  it('reports a config that does not parse, by field', async () => {
    const file = config("export default { nodes: ['@acme/first'] };\n");
    await expect(generateNodeModules(file)).rejects.toThrow(
      /nodes\.0: the built-in nodes come first/,
    );
  });
});
