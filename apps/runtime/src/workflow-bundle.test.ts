// The workflow bundle stays lean: every cached workflow evaluates the bundle's modules afresh,
// so zod, liquidjs and luxon there cost each sleeping enrollment about 2 MB (docs/benchmarks.md).
// The engine reaches the workflow through `@tandem/dsl/engine` and `@tandem/nodes/behaviour`.
import { describe, expect, it } from 'vitest';
import { buildWorkflowBundle } from './workflow-bundle';

const heavy = ['zod', 'liquidjs', 'luxon'];

/** The package a module path lies in (`node_modules/.pnpm/…/node_modules/<name>/…`), if any. */
function packageOf(path: string): string | undefined {
  const parts = path.split(/[\\/]node_modules[\\/]/);
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (!last) return undefined;
  const [scope, name] = last.split(/[\\/]/);
  return scope?.startsWith('@') ? `${scope}/${name}` : scope;
}

describe('the workflow bundle', () => {
  it('holds no zod, liquidjs or luxon, but does hold the engine and the node behaviours', async () => {
    let modules: string[] = [];
    await buildWorkflowBundle({ onModules: (paths) => (modules = paths) });
    expect(modules.length).toBeGreaterThan(10);
    const packages = new Set(modules.map(packageOf).filter((name) => name !== undefined));
    expect(heavy.filter((name) => packages.has(name))).toEqual([]);
    // The check sees the workspace's own modules too (so an empty list proves nothing less).
    expect(
      modules.some((path) => /packages[\\/]dsl[\\/]src[\\/]engine[\\/]run\.ts$/.test(path)),
    ).toBe(true);
    expect(modules.some((path) => /remind\.behaviour\.ts$/.test(path))).toBe(true);
  }, 120_000);

  it('loads the engine and the built-in node behaviours once per worker, shared by every workflow', async () => {
    const { code } = await buildWorkflowBundle();
    // The SDK runs the entry's preloadModules() once per reusable context, before any workflow;
    // each module it requires lands in the cache every workflow reads first.
    const preload = /exports\.preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(
      code,
    )?.[1];
    const required = [...(preload ?? '').matchAll(/__webpack_require__\([^)]*"([^"]+)"\)/g)].map(
      (m) => m[1],
    );
    // Module ids are paths relative to where the test runs from (the repo or apps/runtime).
    const normalised = required.map((id) => id?.replace(/^(\.\.\/)*\.?\/?/, ''));
    expect(normalised).toEqual([
      'packages/dsl/src/engine/index.ts',
      'packages/nodes/src/behaviour.ts',
    ]);
    // …and each is a module of its own there, not inlined into each workflow's module.
    for (const id of required) expect(code).toContain(`/***/ "${id}"`);
  }, 120_000);
});
