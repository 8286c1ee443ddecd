// vitest globalSetup for the runtime: one real Temporal dev server and one workflow bundle per
// test run, handed to the test files through `inject()`. No Temporal CLI means a loud failure
// with the reason, never a silent skip.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startDevServer, type DevServer } from '../temporal/dev-server';
import { buildWorkflowBundle, saveWorkflowBundle } from '../workflow-bundle';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalCli: string;
    workflowBundlePath: string;
  }
}

/** The Temporal CLI, found or built by the same script `npm start` and CI use. */
export function temporalCliPath(): string {
  const script = fileURLToPath(new URL('../../../../scripts/temporal-cli.mjs', import.meta.url));
  const found = spawnSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) {
    throw new Error(
      'The runtime tests need the Temporal CLI (its dev server) and none could be found or built; ' +
        'see the lines above from scripts/temporal-cli.mjs. Set TANDEM_TEMPORAL_CLI to a temporal binary.',
    );
  }
  return path;
}

let server: DevServer | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const cli = temporalCliPath();
  dir = mkdtempSync(join(tmpdir(), 'tandem-temporal-'));
  const [started, bundle] = await Promise.all([startDevServer({ cli }), buildWorkflowBundle()]);
  server = started;
  const bundlePath = join(dir, 'workflow-bundle.json');
  await saveWorkflowBundle(bundle, bundlePath);
  project.provide('temporalAddress', server.address);
  project.provide('temporalCli', cli);
  project.provide('workflowBundlePath', bundlePath);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
