// vitest globalSetup for the runtime: one real Temporal dev server and one workflow bundle per
// test run, handed to the test files through `inject()`. No Temporal CLI means a loud failure
// with the reason, never a silent skip.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { newPayloadKey } from '../temporal/payload-keys';
import { buildWorkflowBundle, saveWorkflowBundle } from '../workflow-bundle';
import { journeySearchAttributeKeys } from '../workflows/search-attributes';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalCli: string;
    workflowBundlePath: string;
    /** The run's payload keys (`{ keys, activeKeyId }`): every test client and worker encrypts. */
    payloadKeys: { keys: Record<string, string>; activeKeyId: string };
  }
}

/**
 * The Temporal CLI, found or built by the same script `npm start` and CI use; null when there is
 * none (then the SDK's own download is the last resort).
 */
export function temporalCliPath(): string | null {
  const script = fileURLToPath(new URL('../../../../scripts/temporal-cli.mjs', import.meta.url));
  const found = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

let environment: TestWorkflowEnvironment | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const cli = temporalCliPath();
  dir = mkdtempSync(join(tmpdir(), 'tandem-temporal-'));
  const server = TestWorkflowEnvironment.createLocal({
    server: {
      executable: cli ? { type: 'existing-path', path: cli } : { type: 'cached-download' },
      searchAttributes: journeySearchAttributeKeys,
    },
  }).catch((error: unknown) => {
    throw new Error(
      'The runtime tests need a real Temporal dev server and none could be started ' +
        `(${cli ? `CLI ${cli}` : 'no CLI found or built, and the SDK download failed'}): ${String(error)}`,
      { cause: error },
    );
  });
  const [started, bundle] = await Promise.all([server, buildWorkflowBundle()]);
  environment = started;
  const bundlePath = join(dir, 'workflow-bundle.json');
  await saveWorkflowBundle(bundle, bundlePath);
  project.provide('temporalAddress', environment.address);
  project.provide('temporalCli', cli ?? '');
  project.provide('workflowBundlePath', bundlePath);
  project.provide('payloadKeys', {
    keys: { 'test-run': newPayloadKey() },
    activeKeyId: 'test-run',
  });
}

export async function teardown(): Promise<void> {
  await environment?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
