// The workflow code, bundled once (webpack, by the Temporal SDK) and reused: the worker of
// `npm start` builds it at start-up, tests build it once per run in their global setup.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  bundleWorkflowCode,
  type BundleOptions,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';

// webpack's own types, as the SDK's bundler hands them over (webpack is the SDK's dependency).
type WebpackConfig = Parameters<NonNullable<BundleOptions['webpackConfigHook']>>[0];
type WebpackPlugin = NonNullable<WebpackConfig['plugins']>[number];
type Compiler = Parameters<Extract<WebpackPlugin, (...args: never[]) => void>>[0];
import { generatedModulePath, overridingConfig } from './plugins/generated-modules';
import { failureConverterPath } from './temporal/data-converter';

export const workflowsPath = fileURLToPath(new URL('./workflows/index.ts', import.meta.url));

/**
 * Modules loaded once per worker thread and shared by every workflow it runs, instead of once per
 * workflow (Temporal's default isolation): the engine and the built-in node behaviours. They hold
 * no per-workflow state, only pure memo caches (same answer for the same input, so sharing them
 * cannot change a decision), and the SDK deep-freezes everything a preload loads. Each cached
 * enrollment then keeps its own state, not its own copy of these modules
 * (docs/durable-execution.md, "Workers"). Custom node packages' behaviours (and the catalogue
 * built from them) stay per workflow: a lender's code may import what does not survive being
 * frozen (zod's schemas cache on themselves), and we cannot vouch that it keeps no state.
 */
export const sharedWorkflowModules = ['@tandem/dsl/engine', '@tandem/nodes/behaviour'];

/** The shared modules' entry files (see the sideEffects rule below). */
const sharedEntries =
  /packages[\\/](dsl[\\/]src[\\/]engine[\\/]index|nodes[\\/]src[\\/]behaviour)\.ts$/;

/** Another config's behaviour module in place of the deployment's own (TANDEM_CONFIG). */
function behaviourAlias(): Record<string, string> {
  const config = overridingConfig();
  return config ? { '@tandem/plugins/behaviour$': generatedModulePath(config, 'behaviour') } : {};
}

/**
 * Bundles the workflows; quiet unless webpack reports a problem. `onModules` hears the path of
 * every module webpack put in the bundle (the test that keeps zod, liquidjs and luxon out).
 */
export async function buildWorkflowBundle(
  options: {
    onModules?: (paths: string[]) => void;
    /** Share the engine and the node catalogue between workflows (default true; the bench compares). */
    shareModules?: boolean;
  } = {},
): Promise<WorkflowBundleWithSourceMap> {
  const share = options.shareModules ?? true;
  return bundleWorkflowCode({
    workflowsPath,
    // Failures raised in workflow code are encoded (then encrypted) like the activities' ones.
    failureConverterPath,
    ...(share ? { preloadModules: sharedWorkflowModules } : {}),
    webpackConfigHook: (config) => ({
      ...config,
      plugins: [
        ...(config.plugins ?? []),
        ...(options.onModules ? [moduleLister(options.onModules)] : []),
      ],
      // The shared entry modules are side-effect free (their packages say so), so webpack would
      // drop the preload's bare require of them and inline them into each workflow's own module:
      // kept as modules of their own, they are loaded once and shared.
      module: {
        ...config.module,
        rules: [
          ...(config.module?.rules ?? []),
          ...(share ? [{ test: sharedEntries, sideEffects: true }] : []),
        ],
      },
      resolve: { ...config.resolve, alias: { ...config.resolve?.alias, ...behaviourAlias() } },
      optimization: {
        ...config.optimization,
        usedExports: true,
        sideEffects: true,
        concatenateModules: true,
      },
    }),
    logger: {
      log: () => {},
      trace: () => {},
      debug: () => {},
      info: () => {},
      warn: (message) => console.warn(message),
      error: (message) => console.error(message),
    },
  });
}

/** Writes a bundle to a file, for other processes (test workers, a worker process) to load. */
export async function saveWorkflowBundle(
  bundle: WorkflowBundleWithSourceMap,
  file: string,
): Promise<void> {
  await writeFile(file, JSON.stringify(bundle));
}

export async function loadWorkflowBundle(file: string): Promise<WorkflowBundleWithSourceMap> {
  return JSON.parse(await readFile(file, 'utf8')) as WorkflowBundleWithSourceMap;
}

/** A webpack plugin that reports the resource path of every module of the compilation. */
function moduleLister(onModules: (paths: string[]) => void): WebpackPlugin {
  return {
    apply(compiler: Compiler) {
      compiler.hooks.done.tap('tandem-module-list', (stats) => {
        const paths: string[] = [];
        for (const module of stats.compilation.modules) {
          const path = module.nameForCondition?.() ?? module.identifier();
          if (path) paths.push(path);
        }
        onModules(paths);
      });
    },
  };
}
