// The workflow code, bundled once (webpack, by the Temporal SDK) and reused: the worker of
// `npm start` builds it at start-up, tests build it once per run in their global setup.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { generatedModulePath, overridingConfig } from './plugins/generated-modules';
import { failureConverterPath } from './temporal/data-converter';

export const workflowsPath = fileURLToPath(new URL('./workflows/index.ts', import.meta.url));

/** Another config's behaviour module in place of the deployment's own (TANDEM_CONFIG). */
function behaviourAlias(): Record<string, string> {
  const config = overridingConfig();
  return config ? { '@tandem/plugins/behaviour$': generatedModulePath(config, 'behaviour') } : {};
}

/** Bundles the workflows; quiet unless webpack reports a problem. */
export async function buildWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath,
    // Failures raised in workflow code are encoded (then encrypted) like the activities' ones.
    failureConverterPath,
    webpackConfigHook: (config) => ({
      ...config,
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
