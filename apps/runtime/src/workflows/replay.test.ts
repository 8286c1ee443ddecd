// The determinism guard: histories of the example journeys, recorded on the real dev server and
// committed (refresh them with `TANDEM_RECORD_HISTORIES=1 npx vitest run examples.e2e`), must
// replay on today's workflow code. A change to the engine or the workflow that would make running
// enrollments take another path fails here, before it is deployed.
import { readdirSync, readFileSync } from 'node:fs';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { journeyDataConverter } from '../temporal/data-converter';
import { quietTemporalLogs, testPayloadKeys } from '../testing/journey-stack';
import { loadWorkflowBundle } from '../workflow-bundle';

const dir = new URL('./histories/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('recorded histories replay on the current workflow code', () => {
  it('has a history for every example journey', () => {
    const journeys = new Set(files.map((f) => f.split('--')[0]));
    expect([...journeys].sort()).toEqual([
      'first-time-borrower',
      'hardship-and-vulnerability',
      'promise-ladder',
      'tone-experiment',
    ]);
  });

  it.each(files)('%s', async (file) => {
    quietTemporalLogs();
    const history = historyFromJSON(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    const workflowBundle = await loadWorkflowBundle(inject('workflowBundlePath'));
    // Through the encryption codec, as the workers run: these histories were recorded in clear,
    // and clear payloads pass through it.
    const dataConverter = journeyDataConverter(testPayloadKeys());
    await Worker.runReplayHistory({ workflowBundle, dataConverter }, history, file);
  });
});
