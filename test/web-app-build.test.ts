// `npm start` builds the web app only when what it is built from changed: the editor's sources,
// the workspace packages it imports, the examples it bundles, the lockfile. Tests and e2e files
// do not count. Checked on a small checkout-shaped folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureWebAppBuild,
  webAppBuildNeeded,
  webAppInputsHash,
} from '../scripts/web-app-build.mjs';

let root: string;
const write = (path: string, content: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
};
const pkg = (name: string, deps: Record<string, string> = {}) =>
  JSON.stringify({ name, dependencies: deps });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tandem-build-inputs-'));
  write(
    'apps/editor/package.json',
    pkg('@tandem/editor', { '@tandem/nodes': 'workspace:*', react: '^19' }),
  );
  write('apps/editor/index.html', '<div id="root"></div>');
  write('apps/editor/src/main.tsx', 'render()');
  write('apps/editor/src/main.test.tsx', 'test()');
  write('apps/editor/e2e/editor.e2e.test.ts', 'e2e()');
  write('apps/runtime/package.json', pkg('@tandem/runtime', { '@tandem/dsl': 'workspace:*' }));
  write('apps/runtime/src/server.ts', 'serve()');
  write('packages/nodes/package.json', pkg('@tandem/nodes', { '@tandem/dsl': 'workspace:*' }));
  write('packages/nodes/src/index.ts', 'nodes');
  write('packages/dsl/package.json', pkg('@tandem/dsl'));
  write('packages/dsl/src/index.ts', 'dsl');
  write('examples/first.journey.json', '{}');
  write('examples/borrowers/lan.json', '{}');
  write('examples/README.md', 'about');
  write('pnpm-lock.yaml', 'lock');
  write('tsconfig.base.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the web app's build inputs", () => {
  it('change with the sources, the imported packages (also indirectly), the examples and the lockfile', () => {
    const changes = [
      'apps/editor/src/main.tsx',
      'apps/editor/index.html',
      'packages/nodes/src/index.ts',
      'packages/dsl/src/index.ts',
      'examples/first.journey.json',
      'examples/borrowers/lan.json',
      'pnpm-lock.yaml',
    ];
    for (const file of changes) {
      const before = webAppInputsHash(root);
      write(file, `changed ${file}`);
      expect(webAppInputsHash(root), file).not.toBe(before);
    }
    const before = webAppInputsHash(root);
    write('apps/editor/src/new-screen.tsx', 'new');
    expect(webAppInputsHash(root), 'a new file').not.toBe(before);
  });

  it('stay the same for tests, e2e files, the runtime, other examples and the output', () => {
    const before = webAppInputsHash(root);
    write('apps/editor/src/main.test.tsx', 'changed');
    write('apps/editor/e2e/editor.e2e.test.ts', 'changed');
    write('apps/runtime/src/server.ts', 'changed');
    write('examples/README.md', 'changed');
    write('apps/editor/dist/index.html', 'built');
    write('apps/editor/node_modules/x/index.js', 'dependency');
    expect(webAppInputsHash(root)).toBe(before);
  });

  it("follow TANDEM_CONFIG: another config's node packages and generated schema module count", () => {
    write('acme/tandem.config.ts', "export default { nodes: ['@acme/call'] };");
    write(
      'acme/.tandem/nodes.generated.json',
      JSON.stringify({ configHash: 'x', packages: [{ dir: 'acme/call-node' }] }),
    );
    write('acme/.tandem/nodes.schema.generated.ts', 'schema');
    write('acme/call-node/package.json', pkg('@acme/call'));
    write('acme/call-node/src/index.ts', 'call');
    const env = { TANDEM_CONFIG: join(root, 'acme', 'tandem.config.ts') };
    const without = webAppInputsHash(root, {});
    expect(webAppInputsHash(root, env), 'the other config').not.toBe(without);
    for (const file of ['acme/call-node/src/index.ts', 'acme/.tandem/nodes.schema.generated.ts']) {
      const before = webAppInputsHash(root, env);
      write(file, `changed ${file}`);
      expect(webAppInputsHash(root, env), file).not.toBe(before);
    }
    // The deployment's own config named by TANDEM_CONFIG is no other config.
    expect(webAppInputsHash(root, { TANDEM_CONFIG: join(root, 'tandem.config.ts') })).toBe(
      webAppInputsHash(root, {}),
    );
    expect(webAppInputsHash(root, {})).toBe(without);
  });

  it('decide whether `npm start` builds: not while the kept hash matches the inputs', () => {
    expect(webAppBuildNeeded(root).needed).toBe(true);
    write('apps/editor/dist/index.html', 'built');
    write('apps/editor/dist/.inputs-hash', `${webAppInputsHash(root)}\n`);
    expect(webAppBuildNeeded(root).needed).toBe(false);
    const lines: string[] = [];
    expect(ensureWebAppBuild(root, { log: (line) => lines.push(line) })).toBe(false);
    expect(lines.join('\n')).toContain('up to date');

    write('packages/dsl/src/index.ts', 'changed');
    expect(webAppBuildNeeded(root).needed).toBe(true);
  });
});
